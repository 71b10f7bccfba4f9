"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

AUTH_BAQ = ['authorities', 'police', 'metropolitan police', 'Mariano de la Cruz Botero', 'Botero']
D['colombia-barranquilla-san-jose-police-station-bombing-at-least-three-officers-killed-14-wounded-everything-pk-2018'] = (
 'https://everything.pk/news-detail-620047--colombia-bomb-attack-kills-at-least-three-policemen-wounds-14.html',
 'Colombia bomb attack kills at least three policemen, wounds 14 (everything.pk, wire copy, 27 January 2018; the date from the crisis, the bombing of Saturday 27 January 2018 in Barranquilla)', [
 ('kills at least three policemen', 'at least three', 'at_least', 3, 'personnel', None, 'Colombia'),
 ('wounds 14', '14', 'exact', 14, 'injured', None, 'Colombia'),
 ('At least three police officers', 'At least three', 'at_least', 3, 'personnel', 'authorities', 'Barranquilla', {'aliases': AUTH_BAQ}),
 ('and 14 wounded on Saturday', '14', 'exact', 14, 'injured', 'authorities', 'Barranquilla', {'aliases': AUTH_BAQ}),
])

LOCAL_NS = ['the local government', 'local government', 'the Norte de Santander government', 'Norte de Santander']
D['colombia-norte-de-santander-tibu-patrol-car-bomb-three-killed-at-least-12-injured-voz-2023'] = (
 'https://voz.us/terrorist-attack-in-colombia-leaves-3-dead-and-several-wounded/?lang=en',
 'Terrorist attack in Colombia leaves 3 dead and several wounded (Voz, 24 May 2023; the date from the crisis, the bomb of Wednesday 24 May 2023 in Tibú)', [
 ('leaves 3 dead', '3', 'exact', 3, 'killed', None, 'Colombia'),
 ('and several wounded', 'several', 'vague', 'several', 'injured', None, 'Colombia'),
 ('killed three people', 'three', 'exact', 3, 'killed', None, 'Colombia'),
 ('at least 12 others', 'at least 12', 'at_least', 12, 'injured', None, 'Colombia'),
 ('killed two officers', 'two', 'exact', 2, 'personnel', None, None),
 ('Four uniformed officers', 'Four', 'exact', 4, 'personnel', None, None),
 ('and eight people on the bus', 'eight', 'exact', 8, 'injured', None, None),
 ('the lives of several people', 'several', 'vague', 'several', 'killed', 'the local government', 'Tibú', {'aliases': LOCAL_NS}),
])

OFF_BAJ = ['police and health officials', 'police', 'health officials', 'officials']
AZAM = ['Azam Khan', 'Khan', 'head of the emergency room at Khar’s main hospital', 'Khar’s main hospital']
JAN = ['Jalil Jan', 'Jan', 'a spokesperson for the political party', 'Jamiat Ulema Islam', 'Jamiat Ulema Islam party']
YOUSUFZAI = ['Mohibullah Khan Yousufzai', 'Yousufzai', 'Government administrator Mohibullah Khan Yousufzai', 'Government administrator']
D['pakistan-bajur-khar-jui-rally-suicide-bombing-at-least-55-killed-135-wounded-nbc-cheriworld-2023'] = (
 'https://cheriworld.com/suspected-pakistan-suicide-bombing-kills-at-least-55-injures-135-more-at-political-rally',
 'Suspected Pakistan suicide bombing kills at least 55, injures 135 more at political rally (after NBC News, on cheriworld.com, 30 July 2023; title from the address, the date from the crisis, the bombing of Sunday 30 July 2023 in Khar, Bajur)', [
 ('At least 55 people were killed', 'At least 55', 'at_least', 55, 'killed', 'police and health officials', 'Bajur', {'aliases': OFF_BAJ}),
 ('and 135 were wounded', '135', 'exact', 135, 'injured', 'police and health officials', 'Bajur', {'aliases': OFF_BAJ}),
 ('said 35 bodies', '35', 'exact', 35, 'killed', 'Azam Khan', None, {'aliases': AZAM}),
 ('was more than 100', 'more than 100', 'more_than', 100, 'injured', 'Azam Khan', None, {'aliases': AZAM}),
 ('had risen to 55', '55', 'exact', 55, 'killed', 'Jalil Jan', None, {'aliases': JAN}),
 ('some of the 135 injuries', '135', 'exact', 135, 'injured', 'Jalil Jan', None, {'aliases': JAN}),
 ('death toll rose to 35', '35', 'exact', 35, 'killed', 'Mohibullah Khan Yousufzai', None, {'aliases': YOUSUFZAI}),
 ('was well over 100', 'well over 100', 'more_than', 100, 'injured', 'Mohibullah Khan Yousufzai', None, {'aliases': YOUSUFZAI}),
])

MFA_KZ = ['Kazakhstan’s Ministry of Foreign Affairs', 'Ministry of Foreign Affairs', 'the ministry', 'Kazakh Foreign Ministry', 'Kyrgyz officials']
D['kyrgyzstan-osh-nookat-mudflows-at-least-nine-killed-four-kazakh-children-times-of-central-asia-2024'] = (
 'https://timesca.com/?p=19627',
 'Mudflows in Kyrgyzstan\'s Nookat district kill at least nine, including four Kazakh children (The Times of Central Asia, 30 June 2024; the page has no headline and its address names none, so the title is taken from the lead; the date from the crisis, the mudflows after the downpours of Friday 28 June 2024 and the search of Sunday)', [
 ('killed at least nine people', 'at least nine', 'at_least', 9, 'killed', None, 'Kyrgyzstan'),
 ('including four Kazakh children', 'four', 'exact', 4, 'children', None, 'Kyrgyzstan', {'partOf': 'at least nine'}),
 ('several hundred emergency responders', 'several hundred', 'vague', 'several hundred', 'other', None, 'Nookat'),
 ('the bodies of four Kazakh children', 'four', 'exact', 4, 'children', 'Kazakhstan’s Ministry of Foreign Affairs', None, {'aliases': MFA_KZ}),
])

KAFLE = ['Madhav Prasad Kafle', 'DSP Madhav Prasad Kafle', 'Kafle', 'DSP Kafle', 'the DSP', 'DSP', 'police']
D['nepal-sindhupalchowk-jugal-lidi-landslide-18-bodies-21-missing-himalayan-times-2020'] = (
 'https://thehimalayantimes.com/nepal/bodies-of-18-victims-found-21-still-missing/',
 'Bodies of 18 victims found, 21 still missing (The Himalayan Times, Himalayan News Service, 16 August 2020; the page has no headline, so the title is taken from the address; the date from the stored date line, the dateline "Kavre, August 15" and the crisis, the Lidi landslide of Friday 14 August 2020)', [
 ('Eighteen bodies', 'Eighteen', 'exact', 18, 'killed', None, None),
 ('while 21 are still missing', '21', 'exact', 21, 'other', None, None),
 ('The bodies of 10 children', '10', 'exact', 10, 'children', 'Madhav Prasad Kafle', None, {'aliases': KAFLE}),
 ('four women and', 'four', 'exact', 4, 'killed', 'Madhav Prasad Kafle', None, {'aliases': KAFLE}),
 ('and four men', 'four', 'exact', 4, 'killed', 'Madhav Prasad Kafle', None, {'aliases': KAFLE}),
 ('Eleven bodies', 'Eleven', 'exact', 11, 'killed', 'Madhav Prasad Kafle', None, {'aliases': KAFLE}),
 ('and seven more bodies', 'seven', 'exact', 7, 'killed', 'Madhav Prasad Kafle', None, {'aliases': KAFLE}),
 ('Five persons seriously injured', 'Five', 'exact', 5, 'injured', None, None),
 ('A 55-member team', '55', 'exact', 55, 'personnel', None, None),
 ('Thirty-nine persons', 'Thirty-nine', 'exact', 39, 'other', None, 'Lidi'),
 ('The bodies of 16 people', '16', 'exact', 16, 'killed', None, None),
 ('while 23 people are still missing', '23', 'exact', 23, 'other', None, None),
])

RELIEFWEB = ['ReliefWeb', 'the United Nations Office for the Coordination of Humanitarian Affairs', 'United Nations Office for the Coordination of Humanitarian Affairs', 'OCHA', 'UN OCHA']
WHO = ['The World Health Organization', 'World Health Organization', 'WHO']
D['honduras-hurricanes-eta-iota-thousands-homeless-93000-in-shelters-ny-daily-news-2020'] = (
 'https://www.nydailynews.com/news/world/ny-honduras-hurricanes-thousands-remain-homeless-20201211-6cowkmqwanccpn6kiqr2yosotq-story.html',
 'Thousands remain homeless in Honduras after back-to-back hurricanes (New York Daily News, 11 December 2020; the date from the address)', [
 ('Thousands remain homeless in Honduras after', 'Thousands', 'vague', 'thousands', 'displaced', None, 'Honduras'),
 ('Thousands remain homeless in Honduras,', 'Thousands', 'vague', 'thousands', 'displaced', None, 'Honduras'),
 ('affected some 5.2 million people', 'some 5.2 million', 'about', 5200000, 'other', 'ReliefWeb', None, {'aliases': RELIEFWEB}),
 ('Some 2 million people', 'Some 2 million', 'about', 2000000, 'other', None, 'Honduras'),
 ('more than 93,000 people remain in shelters', 'more than 93,000', 'more_than', 93000, 'displaced', 'The World Health Organization', None, {'aliases': WHO}),
 ('some 4.5 million people in Honduras', 'some 4.5 million', 'about', 4500000, 'other', 'Reuters', 'Honduras'),
])

DSU = ['the Department for Emergency Situations', 'Department for Emergency Situations', 'emergency authorities', 'Emergency authorities', 'authorities']
D['romania-galati-vaslui-floods-five-found-dead-95-rescued-ap-global-news-2024'] = (
 'https://globalnews.ca/news/10755869/romania-floods-deaths/amp',
 'Five found dead in eastern Romania floods (AP, on Global News, 14 September 2024; the stored page starts at the body and its address names no headline, so the title is taken from the lead and the address; the date from the crisis, the floods of Saturday 14 September 2024 in Galati and Vaslui)', [
 ('Five people in eastern Romania', 'Five', 'exact', 5, 'killed', 'emergency authorities', 'Romania', {'aliases': DSU}),
 ('scores of people stranded', 'scores', 'vague', 'scores', 'other', 'emergency authorities', 'Romania', {'aliases': DSU}),
 ('save 95 people', '95', 'exact', 95, 'other', None, None),
 ('three elderly women', 'three', 'exact', 3, 'killed', 'the Department for Emergency Situations', None, {'aliases': DSU}),
 ('and two men were found', 'two', 'exact', 2, 'killed', 'the Department for Emergency Situations', None, {'aliases': DSU}),
])

SUNDARRAJ = ['Sundarraj P', 'Inspector General of Police (Bastar Range) Sundarraj P', 'Inspector General of Police', 'the IGP', 'IGP', 'an official', 'official', 'police']
SR_OFF = ['Another senior police official posted in Dantewada', 'senior police official', 'a senior police official', 'police official', 'police']
D['india-chhattisgarh-dantewada-aranpur-maoist-ied-ten-drg-personnel-and-driver-killed-pti-siasat-2023'] = (
 'https://www.siasat.com/in-biggest-maoist-strike-in-2-yrs-10-policemen-1-driver-killed-in-chattisgarh-2576500/',
 'In biggest Maoist strike in 2 yrs, 10 policemen, 1 driver killed in Chattisgarh (PTI copy, on The Siasat Daily, 26 April 2023; the page has no headline, so the title is taken from the address; the date from the crisis, the blast of Wednesday 26 April 2023 near Aranpur)', [
 ('Ten police personnel', 'Ten', 'exact', 10, 'personnel', 'an official', 'Dantewada', {'aliases': SUNDARRAJ}),
 ('carrying ten DRG jawans', 'ten', 'exact', 10, 'personnel', 'Sundarraj P', None, {'aliases': SUNDARRAJ}),
 ('All ten jawans', 'ten', 'exact', 10, 'personnel', 'Sundarraj P', None, {'aliases': SUNDARRAJ}),
 ('around 200 security personnel', 'around 200', 'about', 200, 'personnel', 'Another senior police official posted in Dantewada', 'Dantewada', {'aliases': SR_OFF}),
 ('two suspected Naxals', 'two', 'exact', 2, 'other', 'Another senior police official posted in Dantewada', 'Nahadi', {'aliases': SR_OFF}),
])


if __name__ == '__main__':
    build_set(D)
