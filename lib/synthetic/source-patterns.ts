/**
 * How synthetic sources are named, per kind. "{country}", "{adjective}" and "{region}" are filled from the place
 * hierarchy, so every organisation is invented but reads like one of its kind; a pattern without them names one
 * source that reports everywhere.
 */
import type { SourceKind } from '@/lib/figures/vocabulary';

export interface SourcePattern {
  name: string;
  /** Whether prose puts "the" before the name ("the Halab Casualty Monitor", but "Radio Halab"). */
  article: boolean;
  /** Whether the source goes by the initials of its name. */
  initials: boolean;
  description: string;
  /** Other names the text may use; the first is how later sentences name it. */
  aliases: readonly string[];
}

export const SOURCE_PATTERNS: Record<SourceKind, readonly SourcePattern[]> = {
  un_agency: [
    { name: 'UN Humanitarian Coordination Office', article: true, initials: true, description: 'UN office coordinating the humanitarian response', aliases: ['the UN humanitarian office'] },
    { name: 'UN Children Emergency Office', article: true, initials: true, description: 'UN agency for children in emergencies', aliases: ['the UN children agency'] },
    { name: 'UN Refugee Protection Office', article: true, initials: true, description: 'UN agency that registers and protects refugees', aliases: ['the UN refugee office'] },
    { name: 'UN Displacement Tracking Unit', article: true, initials: true, description: 'UN unit counting displaced people at sites and crossings', aliases: [] },
    { name: 'UN Food Security Cluster', article: true, initials: false, description: 'UN-led group of food aid agencies', aliases: ['the food cluster'] },
    { name: 'UN Health Cluster', article: true, initials: false, description: 'UN-led group of health agencies', aliases: [] },
    { name: 'UN Human Rights Monitoring Mission', article: true, initials: true, description: 'UN mission documenting civilian casualties', aliases: ['the UN mission'] },
    { name: 'UN Humanitarian Coordinator for {country}', article: true, initials: false, description: 'senior UN official for aid in {country}', aliases: ['the UN coordinator'] },
    { name: 'UN Mission in {country}', article: true, initials: true, description: 'UN peacekeeping and political mission in {country}', aliases: ['the mission'] },
    { name: 'UN Resident Office in {country}', article: true, initials: false, description: 'UN country office in {country}', aliases: [] },
  ],
  ngo_monitor: [
    { name: '{adjective} Observatory for Civilian Harm', article: true, initials: true, description: 'monitoring group with a network of sources inside {country}', aliases: ['the Observatory', 'the monitor'] },
    { name: '{adjective} Network for Human Rights', article: true, initials: true, description: 'rights group documenting abuses in {country}', aliases: ['the Network'] },
    { name: '{country} Casualty Monitor', article: true, initials: true, description: 'group counting civilian deaths in {country} from local reports', aliases: ['the monitor'] },
    { name: '{region} Documentation Centre', article: true, initials: false, description: 'local group recording violations in {region}', aliases: ['the centre'] },
    { name: '{region} Medical Relief Society', article: true, initials: true, description: 'medical charity running clinics in {region}', aliases: ['the charity'] },
    { name: 'Civilian Harm Tracking Project', article: true, initials: true, description: 'research group collating casualty reports worldwide', aliases: ['the project'] },
    { name: 'Frontline Aid Alliance', article: true, initials: false, description: 'coalition of aid groups working near front lines', aliases: ['the alliance'] },
    { name: 'Emergency Surgeons Network', article: true, initials: true, description: 'charity of volunteer trauma surgeons', aliases: [] },
    { name: 'Children at Risk International', article: false, initials: false, description: 'charity for children in conflict zones', aliases: [] },
    { name: 'Shelter Now Coalition', article: true, initials: false, description: 'network of shelter and camp management groups', aliases: [] },
  ],
  government_military: [
    { name: '{country} Ministry of Health', article: true, initials: false, description: 'health ministry of {country}', aliases: ['the health ministry', 'the ministry'] },
    { name: '{country} Ministry of Defence', article: true, initials: false, description: 'defence ministry of {country}', aliases: ['the defence ministry'] },
    { name: '{adjective} Armed Forces', article: true, initials: false, description: 'the armed forces of {country}', aliases: ['the army'] },
    { name: '{country} Civil Defence', article: true, initials: false, description: 'rescue service of {country}', aliases: ['the rescuers'] },
    { name: '{region} Provincial Council', article: true, initials: false, description: 'elected council of {region} province', aliases: ['the council'] },
    { name: '{region} Health Directorate', article: true, initials: false, description: 'health authority of {region}', aliases: ['the directorate'] },
    { name: '{country} Disaster Management Authority', article: true, initials: true, description: 'government agency for disasters in {country}', aliases: [] },
    { name: 'Coalition Joint Task Force', article: true, initials: true, description: 'command of the international military coalition', aliases: ['the coalition'] },
  ],
  armed_group: [
    { name: '{region} Liberation Front', article: true, initials: true, description: 'armed group active in {region}', aliases: ['the Front'] },
    { name: '{region} Brigades', article: true, initials: false, description: 'alliance of militias in {region}', aliases: ['the brigades'] },
    { name: '{adjective} Popular Resistance', article: true, initials: true, description: 'armed opposition movement in {country}', aliases: ['the movement'] },
    { name: '{region} Self-Defence Forces', article: true, initials: false, description: 'local militia formed in {region}', aliases: ['the militia'] },
    { name: 'Army of the {region} Plains', article: true, initials: false, description: 'rebel army in the plains of {region}', aliases: ['the rebels'] },
  ],
  media: [
    { name: '{region} Today', article: false, initials: false, description: 'independent news site based in {region}', aliases: [] },
    { name: 'Radio {region}', article: false, initials: false, description: 'local radio station in {region}', aliases: ['the station'] },
    { name: '{country} Daily', article: true, initials: false, description: 'national daily newspaper of {country}', aliases: ['the newspaper'] },
    { name: '{adjective} Broadcasting Corporation', article: true, initials: true, description: 'state broadcaster of {country}', aliases: ['the state broadcaster'] },
    { name: '{region} News Network', article: true, initials: true, description: 'network of citizen journalists in {region}', aliases: [] },
  ],
  other: [
    { name: '{region} General Hospital', article: true, initials: false, description: 'main public hospital of {region}', aliases: ['the hospital'] },
    { name: 'Residents Committee of {region}', article: true, initials: false, description: 'committee of local residents in {region}', aliases: ['the committee'] },
    { name: '{adjective} Medical Examiner', article: true, initials: false, description: 'forensic medicine office of {country}', aliases: [] },
    { name: '{region} Local Coordination Committee', article: true, initials: true, description: 'activist committee reporting from {region}', aliases: ['the committee'] },
  ],
};

/** The share of each kind among the sources. */
export const SOURCE_KIND_SHARES: Record<SourceKind, number> = {
  un_agency: 0.15,
  ngo_monitor: 0.25,
  government_military: 0.2,
  armed_group: 0.12,
  media: 0.18,
  other: 0.1,
};
