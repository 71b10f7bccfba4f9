"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

KURTI = ['Albin Kurti', 'Kurti', 'Mr Kurti', 'Kosovo’s prime minister', 'prime minister']
KP = ['Kosovo police', 'police', 'Police']
D['kosovo-banjska-monastery-siege-30-gunmen-officer-killed-irish-times-2023'] = (
 'https://www.irishtimes.com/world/europe/2023/09/24/police-in-kosovo-surround-30-gunmen-in-monastery-after-officer-killed/',
 'Police in Kosovo surround 30 gunmen in monastery after officer killed (The Irish Times, 24 September 2023)', [
 ('surround 30 gunmen', '30', 'exact', 30, 'fighters', None, 'Kosovo'),
 ('killing one officer', 'one', 'exact', 1, 'personnel', 'Albin Kurti', 'Banjska', {'aliases': KURTI}),
 ('at least 30 armed gunmen', 'at least 30', 'at_least', 30, 'fighters', None, 'Banjska'),
 ('take two injured police officers', 'two', 'exact', 2, 'personnel', 'Kosovo police', 'Mitrovica', {'aliases': KP}),
 ('one of them was dead', 'one', 'exact', 1, 'personnel', 'Kosovo police', 'Mitrovica', {'aliases': KP, 'partOf': 'two'}),
])


D['mexico-chiapas-cartel-violence-600-flee-to-guatemala-mexico-daily-post-2024'] = (
 'https://mexicodailypost.news/2024/07/27/guatemala-is-organizing-to-welcome-some-600-mexicans-who-have-crossed-the-border-due-to-violence-in-chiapas/',
 'Guatemala is organizing to welcome some 600 Mexicans who have crossed the border due to violence in Chiapas (Mexico Daily Post, 27 July 2024)', [
 ('some 600 Mexicans', 'some 600', 'about', 600, 'refugees', None, 'Guatemala'),
 ('the nearly 600 Mexicans', 'nearly 600', 'about', 600, 'refugees', None, 'Chiapas'),
 ('forced dozens of families', 'dozens', 'vague', 'dozens', 'refugees', None, 'Mexico'),
])


if __name__ == '__main__':
    build_set(D)
