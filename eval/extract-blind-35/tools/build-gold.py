"""Builds <slug>.gold.json from hand annotations of the <slug>.txt files (the shared helpers are in eval/tools/gold.py)."""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from gold import build_set  # noqa: E402


D = {}

STC = ['Save the Children', 'Save the children', 'Save the Children International', 'Helle Thorning-Schmidt', 'the statement', 'a statement']
WHO = ['the World Health Organization', 'World Health Organization', 'WHO']
AAH = ['Action Against Hunger', 'aid groups']
D['yemen-saada-ritaf-rural-hospital-air-strike-seven-killed-four-children-save-the-children-afp-spacewar-2019'] = (
 'https://www.spacewar.com/afp/190326213633.6mj6rc2j.html',
 'Seven killed in Yemen air strike: Save the children (AFP, on SpaceWar.com, 26 March 2019; the date from the dateline "Dubai, March 26 (AFP) Mar 26, 2019" and the crisis, the air strike of Tuesday 26 March 2019 near Ritaf rural hospital, Saada province)', [
 ('Seven killed in Yemen', 'Seven', 'exact', 7, 'killed', 'Save the children', 'Yemen', {'aliases': STC}),
 ('At least seven people', 'At least seven', 'at_least', 7, 'killed', 'Save the children', 'Yemen', {'aliases': STC}),
 ('including four children', 'four', 'exact', 4, 'children', 'Save the children', 'Yemen', {'aliases': STC, 'partOf': 'At least seven'}),
 ('and eight injured', 'eight', 'exact', 8, 'injured', 'Save the children', 'Yemen', {'aliases': STC}),
 ('"Four children were', 'Four', 'exact', 4, 'children', 'Save the Children', 'Yemen', {'aliases': STC, 'partOf': 'seven'}),
 ('among seven people killed', 'seven', 'exact', 7, 'killed', 'Save the Children', 'Yemen', {'aliases': STC}),
 ('"Two other adults', 'Two', 'exact', 2, 'other', 'Save the Children', None, {'aliases': STC}),
 ('Around 10,000 people', 'Around 10,000', 'about', 10000, 'killed', 'the World Health Organization', None, {'aliases': WHO}),
 ('more than 60,000 wounded', 'more than 60,000', 'more_than', 60000, 'injured', 'the World Health Organization', None, {'aliases': WHO}),
 ('at more than 57,000', 'more than 57,000', 'more_than', 57000, 'killed', 'Action Against Hunger', None, {'aliases': AAH}),
])

DULAY = ['police', 'Federico Dulay', 'Dulay', 'North Cotabato provincial Police Chief Federico Dulay', 'provincial Police Chief']
D['philippines-north-cotabato-makilala-town-festival-bomb-at-least-12-killed-20-wounded-tacurong-five-ap-cbs'] = (
 'https://www.cbsnews.com/news/bomb-kills-at-least-12-in-philippines',
 'Bomb Kills At Least 12 In Philippines (AP copy, on CBS News; undated on the stored page; the crisis, the bomb at a town festival in Makilala, North Cotabato, and the market bomb in Tacurong the same Tuesday)', [
 ('Kills At Least 12', 'At Least 12', 'at_least', 12, 'killed', None, 'Philippines'),
 ('At least 12 people', 'At least 12', 'at_least', 12, 'killed', 'police', 'Philippines', {'aliases': DULAY}),
 ('another 20 wounded', '20', 'exact', 20, 'injured', 'police', 'Philippines', {'aliases': DULAY}),
 ('Ten other people died', 'Ten', 'exact', 10, 'killed', None, None),
 ('injured five people', 'five', 'exact', 5, 'injured', None, 'Tacurong'),
 ('by two unidentified men', 'two', 'exact', 2, 'fighters', None, None),
])

CSC_VN = ['the country\'s Central Steering Committee for Natural Disaster Prevention and Control', 'Central Steering Committee for Natural Disaster Prevention and Control', 'Central Steering Committee', 'the committee', 'committee']
BD_PC = ['the Binh Dinh People\'s Committee', 'Binh Dinh People\'s Committee', 'People\'s Committee']
D['vietnam-typhoon-damrey-27-dead-22-missing-khanh-hoa-binh-dinh-quy-nhon-cargo-ships-xinhua-2017'] = (
 'http://news.xinhuanet.com/english/2017-11-05/c_136729380.htm',
 'Typhoon kills 27, leaves 22 missing in central Vietnam (Xinhua, 5 November 2017; the date from the stored source line and the dateline "HANOI, Nov. 5 (Xinhua)"; the crisis, Typhoon Damrey, landfall on Saturday 4 November 2017)', [
 ('Typhoon kills 27', '27', 'exact', 27, 'killed', None, 'Vietnam'),
 ('leaves 22 missing', '22', 'exact', 22, 'other', None, 'Vietnam'),
 ('claimed 27 lives', '27', 'exact', 27, 'killed', 'the country\'s Central Steering Committee for Natural Disaster Prevention and Control', 'Vietnam', {'aliases': CSC_VN}),
 ('left 22 people missing', '22', 'exact', 22, 'other', 'the country\'s Central Steering Committee for Natural Disaster Prevention and Control', 'Vietnam', {'aliases': CSC_VN}),
 ('included 16 in', '16', 'exact', 16, 'killed', None, 'Khanh Hoa', {'partOf': '27'}),
 ('three in central Binh Dinh', 'three', 'exact', 3, 'killed', None, 'Binh Dinh', {'partOf': '27'}),
 ('three in central highlands Lam Dong', 'three', 'exact', 3, 'killed', None, 'Lam Dong', {'partOf': '27'}),
 ('one in central highlands Dak Lak', 'one', 'exact', 1, 'killed', None, 'Dak Lak', {'partOf': '27'}),
 ('and four whose places of birth have not', 'four', 'exact', 4, 'killed', None, None, {'partOf': '27'}),
 ('Among the 22 missing', '22', 'exact', 22, 'other', 'the committee', None, {'aliases': CSC_VN}),
 ('four from Binh Dinh', 'four', 'exact', 4, 'other', 'the committee', 'Binh Dinh', {'aliases': CSC_VN, 'partOf': '22'}),
 ('one from central Phu Yen', 'one', 'exact', 1, 'other', 'the committee', 'Phu Yen', {'aliases': CSC_VN, 'partOf': '22'}),
 ('and 17 whose places', '17', 'exact', 17, 'other', 'the committee', None, {'aliases': CSC_VN, 'partOf': '22'}),
 ('the 17 people are crew', '17', 'exact', 17, 'other', 'the committee', 'Quy Nhon', {'aliases': CSC_VN}),
 ('total of 91 people', '91', 'exact', 91, 'other', 'the Binh Dinh People\'s Committee', None, {'aliases': BD_PC}),
 ('four crew members had died', 'four', 'exact', 4, 'killed', None, None),
 ('and 17 others been', '17', 'exact', 17, 'other', None, None),
 ('with two people on board', 'two', 'exact', 2, 'other', None, 'Binh Dinh'),
])

MOH_UG = ['The Ministry of Health in Uganda', 'Ministry of Health', 'the Ministry of Health', 'Ugandan Ministry of Health', 'Government of Uganda']
D['uganda-kibaale-ebola-53-suspected-cases-16-deaths-312-contacts-ministry-of-health-alchealth-2012'] = (
 'https://alchealth.com/news/uganda-53-suspected-cases-of-ebola-haemorrhagic-fever-reported',
 'Uganda: 53 suspected cases of Ebola haemorrhagic fever reported (alchealth.com, after the WHO outbreak update; the stored page starts at the body, so the title is taken from the address; the date from the crisis, the Ebola outbreak of July–August 2012 in Kibaale district)', [
 ('of 53 suspected cases', '53', 'exact', 53, 'other', 'The Ministry of Health in Uganda', 'Uganda', {'aliases': MOH_UG}),
 ('including 16 deaths', '16', 'exact', 16, 'killed', 'The Ministry of Health in Uganda', 'Uganda', {'aliases': MOH_UG, 'partOf': '53'}),
 ('Of these, five cases', 'five', 'exact', 5, 'other', None, None, {'partOf': '53'}),
 ('includes three fatal cases', 'three', 'exact', 3, 'killed', None, None, {'partOf': 'five'}),
 ('and two cases currently', 'two', 'exact', 2, 'other', None, None, {'partOf': 'five'}),
 ('Currently 32 cases', '32', 'exact', 32, 'other', None, 'Kibaale'),
 ('total of 312 contacts', '312', 'exact', 312, 'other', None, 'Kibaale'),
 ('of whom 253 are', '253', 'exact', 253, 'other', None, 'Kibaale', {'partOf': '312'}),
 ('the seven health workers', 'seven', 'exact', 7, 'other', None, None),
])

GOV_BF = ['government officials', 'government spokesman', 'Remis Fulgance Dandjinou', 'Dandjinou', 'the government', 'government spokesman Remis Fulgance Dandjinou']
D['burkina-faso-seno-demniol-bombofa-peteguerse-market-attacks-around-20-killed-afp-cameroon-concord-2020'] = (
 'https://www.cameroonconcordnews.com/?p=39371',
 'Burkina Faso: Attacks in the north leave more than a dozen dead (AFP copy, on Cameroon Concord News, 16 October 2020; the date from the stored date line "16, October 2020"; the crisis, the attacks of Wednesday 14 October 2020 on Demniol, Bombofa and Peteguerse, Seno province)', [
 ('more than a dozen dead', 'more than a dozen', 'more_than', 12, 'killed', None, 'Burkina Faso'),
 ('killed around 20 people', 'around 20', 'about', 20, 'killed', 'government officials', 'Burkina Faso', {'aliases': GOV_BF}),
 ('shows about 20 victims', 'about 20', 'about', 20, 'killed', 'Remis Fulgance Dandjinou', None, {'aliases': GOV_BF}),
 ('at least 24 people', 'at least 24', 'at_least', 24, 'killed', 'An area resident', None, {'aliases': ['area resident', 'the resident', 'resident']}),
 ('Hundreds have been killed', 'Hundreds', 'vague', 'hundreds', 'killed', None, None),
])

D['vietnam-typhoon-durian-death-toll-rises-to-59-ba-ria-vung-tau-ben-tre-irish-examiner-2006'] = (
 'https://www.irishexaminer.com/world/arid-30288129.html',
 'Typhoon death toll rises to 59 in Vietnam (Irish Examiner, wire copy, December 2006; undated on the stored page; the date from the crisis, Typhoon Durian, landfall in southern Vietnam on 5 December 2006)', [
 ('rises to 59 in', '59', 'exact', 59, 'killed', None, 'Vietnam'),
 ('rose to 59 people', '59', 'exact', 59, 'killed', None, 'Vietnam'),
 ('at least 34 people', 'at least 34', 'at_least', 34, 'killed', None, 'Ba Ria-Vung Tau'),
 ('17 went missing', '17', 'exact', 17, 'other', None, 'Ba Ria-Vung Tau'),
 ('more than 450 others', 'more than 450', 'more_than', 450, 'injured', None, 'Ba Ria-Vung Tau'),
 ('Fourteen people died', 'Fourteen', 'exact', 14, 'killed', None, 'Ben Tre'),
 ('three died in Phu Yen', 'three', 'exact', 3, 'killed', None, 'Phu Yen'),
 ('Two died in Ho Chi Minh', 'Two', 'exact', 2, 'killed', None, 'Ho Chi Minh City'),
 ('two in Tien Giang', 'two', 'exact', 2, 'killed', None, 'Tien Giang'),
 ('two in Binh Thuan', 'two', 'exact', 2, 'killed', None, 'Binh Thuan'),
 ('each reported one death', 'one', 'exact', 1, 'killed', None, None),
 ('Twenty-nine people', 'Twenty-nine', 'exact', 29, 'other', None, None),
 ('evacuated thousands of people', 'thousands', 'vague', 'thousands', 'fled', None, None),
 ('killed 69 people', '69', 'exact', 69, 'killed', None, 'Vietnam'),
])

JASSEM = ['Police Captain Mahmud Jassem', 'Mahmud Jassem', 'Jassem', 'police', 'AFP']
D['iraq-anbar-qaim-checkpoint-car-bomb-11-killed-16-injured-five-security-forces-rudaw-2018'] = (
 'https://rudaw.net/english/middleeast/iraq/29082018-amp',
 'Update: Car bombing in Iraq\'s Anbar kills 11, injures 16 (Rudaw, 29 August 2018; the date from the address and the crisis, the car bomb of Wednesday 29 August 2018 at a checkpoint in Qaim, Anbar)', [
 ('Anbar kills 11', '11', 'exact', 11, 'killed', None, 'Anbar'),
 ('injures 16', '16', 'exact', 16, 'injured', None, 'Anbar'),
 ('killing 11 and', '11', 'exact', 11, 'killed', 'officials', 'Qaim', {'aliases': ['officials', 'Iraqi officials']}),
 ('wounding 16, officials', '16', 'exact', 16, 'injured', 'officials', 'Qaim', {'aliases': ['officials', 'Iraqi officials']}),
 ('Rudaw several people', 'several', 'vague', 'several', 'killed', 'Amed Daiyan', None, {'aliases': ['Amed Daiyan', 'Daiyan', 'Rudaw']}),
 ('AFP 11 people', '11', 'exact', 11, 'killed', 'Police Captain Mahmud Jassem', None, {'aliases': JASSEM}),
 ('five of them members', 'five', 'exact', 5, 'personnel', 'Police Captain Mahmud Jassem', None, {'aliases': JASSEM, 'partOf': '11'}),
 ('A further 16', '16', 'exact', 16, 'injured', None, None),
 ('Between 20,000 and 30,000', 'Between 20,000 and 30,000', 'range', (20000, 30000), 'fighters', 'a UN report', None, {'aliases': ['UN report', 'UN', 'United Nations']}),
])

BNPB_S = ['the country’s national disaster mitigation agency', 'national disaster mitigation agency', 'National Disaster Mitigation Agency', 'BNPB', 'a situation report']
D['indonesia-west-sulawesi-mamuju-majene-earthquake-at-least-42-killed-820-injured-reuters-2021'] = (
 'https://jimbakkershow.com/tag/sulawesi-island/',
 'Indonesia quake kills at least 42, injures hundreds (Reuters, on a tag page of jimbakkershow.com, 15 January 2021; the date from the crisis, the magnitude 6.2 earthquake of Friday 15 January 2021 near Majene and Mamuju, West Sulawesi)', [
 ('kills at least 42', 'at least 42', 'at_least', 42, 'killed', None, 'Indonesia'),
 ('injures hundreds', 'hundreds', 'vague', 'hundreds', 'injured', None, 'Indonesia'),
 ('killed at least 42 people', 'at least 42', 'at_least', 42, 'killed', None, 'Sulawesi'),
 ('injured hundreds on', 'hundreds', 'vague', 'hundreds', 'injured', None, 'Sulawesi'),
 ('trapping several under', 'several', 'vague', 'several', 'trapped', None, 'Sulawesi'),
 ('Thousands of frightened', 'Thousands', 'vague', 'thousands', 'fled', None, None),
 ('Reuters several people', 'several', 'vague', 'several', 'trapped', 'authorities', None, {'aliases': ['authorities']}),
 ('As many as 42', 'As many as 42', 'up_to', 42, 'killed', 'the country’s national disaster mitigation agency', None, {'aliases': BNPB_S}),
 ('More than 820 people', 'More than 820', 'more_than', 820, 'injured', 'the country’s national disaster mitigation agency', None, {'aliases': BNPB_S}),
])


if __name__ == '__main__':
    build_set(D)
