/**
 * Turns the name phrases of attributions into source names, one document at a time. The first time an
 * organisation is named, that name is kept; later references resolve to it: "the Observatory" (part of an
 * earlier name), "OCHA" (an acronym written in brackets or matching the initials), "the Britain-based group" or
 * "the military" (a descriptor whose head noun an earlier mention used), "Doctors Without Borders" after "MSF"
 * (one organisation of the alias table, lib/extract/organisation-aliases.ts), and "he said" / "it added" (the last
 * source named).
 */
import { knownOrganisation } from './organisation-aliases';

interface Entry {
  name: string;
  /** The canonical name in the alias table, when the source is a known organisation. */
  organisation: string | null;
  /** Lower-case phrases this source was referred to by, for head-noun matches (a set: long texts repeat them). */
  mentions: Set<string>;
  aliases: Set<string>;
}

const LEADING_DETERMINER = /^(?:the|a|an|its|their|his|her)\s+/i;
const PARENTHETICAL = /\s*\(([^)]*)\)\s*/;
// Lower case only: "The WHO" is the organisation.
const PARTICIPLE = /\s+(?:seen|obtained|published|quoted|cited|who|which)\b.*$/;
const TRAILING_REPORT = /\s+(?:reports?|statement|data|figures|statistics|update|estimates?|tally|count|activist\s+group|monitoring\s+group|war\s+monitor)$/i;
const TRAILING_OFFICIAL = /\s+(?:officials?|spokes(?:man|woman|person))$/i;
const ORG_HEADS =
  /\b(group|monitor|observatory|agency|office|ministry|organi[sz]ation|army|military|government|administration|junta|authorities|police|coalition|committee|council|department|services|officials|official|body|activists|media|union|federation|society|charity|ngo|mission|programme|program|fund|commission|network|watchdog|institute|alliance|movement)\b/gi;
const ORG_HEAD = new RegExp(ORG_HEADS.source, 'i');
/** Descriptors after which a proper name follows: "UN children's agency UNICEF", "SDF spokesman Talal Sello". */
const DESCRIPTOR_THEN_NAME =
  /\b(?:agency|group|organi[sz]ation|broadcaster|monitor|director|spokes(?:man|woman|person)|chief|head|official|minister|coordinator|administrator|commander|leader|representative|envoy|president|governor|mayor|secretary-general)\s+((?:[A-Z][\w'’.-]*\s*)+)$/;
/** Names that stand alone even when an earlier source contains them ("UN" is not "UN humanitarian office"). */
const PERSON_NAME = /^(?:[A-Z][a-z'’.-]+\s+){1,3}[A-Z][\w'’.-]+$/;
const ORGANISATION_IN_TITLE = /\b(?:[A-Z]{2,}|(?:[A-Z]\.){2,})/;
const STANDALONE = new Set(['un', 'u.n.', 'united nations', 'us', 'u.s.', 'eu']);
// Descriptors that can stand for any organisation named just before ("the group said").
// What may follow the head noun of a description that still names the organisation: nothing, or where it is.
const HEAD_ENDS_PHRASE = /^(?:\s+(?:in|of|for|at|on|from|based)\b.*)?\s*$/i;
const GENERIC_FALLBACK = new Set(['group', 'agency', 'organisation', 'organization', 'monitor', 'body', 'charity', 'ngo', 'mission', 'watchdog']);
// "a statement from the coalition", "new figures from the National Office": the document names its issuer.
const DOCUMENT_FROM = /^(?:(?:new|latest|the|a|an|its|their)\s+)*(?:figures|data|statement|report|update|estimates?|tally|count|bulletin|assessment)\s+(?:from|by|of|issued\s+by)\s+/i;
// "the report added", "the statement said": a document whose issuer the text named before.
const DOCUMENT_ONLY = /^(?:(?:new|latest|the|a|an|its|their|this|that|these)\s+)*(?:reports?|statement|update|figures|data|bulletin|assessment|study|survey|estimates)$/i;
// "its teams in northern Iraq reported": the organisation's own people speak for the organisation named before.
const OWN_STAFF = /^(?:its|their)\s+(?:own\s+|field\s+)?(?:teams?|staff|officials|workers|monitors|partners|people)\b/i;
// "a UNHCR official", "UN officials": the official speaks for the organisation named with them.
const OFFICIAL_OF_NAMED = /^([^,]*?(?:\b[A-Z]{2,}\b|\b(?:U\.N\.|UN)\b)[^,]*?)\s+(?:officials?|spokes(?:man|woman|person))$/;

const words = (text: string) => text.toLowerCase().replace(/[,;:]/g, ' ').split(/\s+/).filter(Boolean);

function containsWords(haystack: string, needle: string): boolean {
  // Most pairs share no letters at all; a plain substring test spares splitting both into words.
  if (!haystack.toLowerCase().includes(needle.toLowerCase().trim().split(/\s+/)[0] ?? '')) return false;
  return ` ${words(haystack).join(' ')} `.includes(` ${words(needle).join(' ')} `);
}

const QUALIFIER_SKIPPED = /^(?:the|a|an|its|their|his|her|un|u\.n\.)$/;

/** The lower-case word written right before `head` in `text` ("health" in "the health ministry"), if any. */
function wordBefore(text: string, head: string): string | null {
  const list = words(text);
  const at = list.lastIndexOf(head);
  const previous = at > 0 ? list[at - 1]! : null;
  return previous === null || QUALIFIER_SKIPPED.test(previous) || /-(?:based|led|run|backed)$/.test(previous) ? null : previous;
}

/** A phrase is generic when, apart from "UN" and adjectives like "Britain-based", nothing in it is a proper name. */
function isGeneric(name: string): boolean {
  return name
    .split(/\s+/)
    .filter((word) => !/^(?:UN|U\.N\.|UN's)$/.test(word) && !/-(?:based|led|run|backed)$/i.test(word))
    .every((word) => !/^[A-Z]/.test(word));
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => (/^[A-Z.]+$/.test(word) ? word.replace(/\./g, '') : word[0]))
    .join('');
}

export interface CleanName {
  name: string;
  alias: string | null;
}

// "Interior Minister Jan Novak and police chief Petr Svoboda": two named speakers, each with a role of their own.
const ENDS_WITH_FULL_NAME = /[a-z]\s+[A-Z][a-z'’.-]+\s+[A-Z][\w'’.-]+$/;
const FULL_NAME_AT_END = /([A-Z][a-z'’.-]+\s+[A-Z][\w'’.-]+)$/;
const TWO_NAMED_SPEAKERS = /^(.*\b[A-Z][\w'’.-]*)\s+and\s+((?:[a-z-]+\s+){1,3}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)$/;

/** The name a phrase stands for, without articles, brackets, descriptors and "report"/"statement". */
export function cleanSourcePhrase(phrase: string): CleanName {
  const pair = TWO_NAMED_SPEAKERS.exec(phrase.trim());
  if (pair && ENDS_WITH_FULL_NAME.test(pair[1]!) && ENDS_WITH_FULL_NAME.test(pair[2]!)) {
    return { name: `${FULL_NAME_AT_END.exec(pair[1]!)![1]} and ${FULL_NAME_AT_END.exec(pair[2]!)![1]}`, alias: null };
  }
  // A bullet opening the line is not part of the name: "- The Government of Ardenne estimates ...".
  let name = phrase.trim().replace(/["“”]/g, '').replace(/^[-–—•●*]\s+/, '');
  let alias: string | null = null;
  const bracket = PARENTHETICAL.exec(name);
  if (bracket) {
    alias = bracket[1]!.trim();
    name = name.replace(PARENTHETICAL, ' ').trim();
  }
  name = name.replace(PARTICIPLE, '').replace(DOCUMENT_FROM, '').replace(LEADING_DETERMINER, '').replace(/[.,;:]+$/, '').trim();
  const official = OFFICIAL_OF_NAMED.exec(name);
  if (official) name = official[1]!.trim();
  const named = DESCRIPTOR_THEN_NAME.exec(name);
  if (named) {
    // "U.N. spokesman Stephane Dujarric": a person keeps the organisation their title names.
    const person = named[1]!.trim();
    const title = name.slice(0, named.index + named[0].length - named[1]!.length).trim();
    name = PERSON_NAME.test(person) && ORGANISATION_IN_TITLE.test(title) ? `${person}, ${title}` : person;
  }
  const withoutReport = name.replace(TRAILING_REPORT, '');
  if (withoutReport !== name && withoutReport && (!isGeneric(withoutReport) || ORG_HEAD.test(withoutReport))) name = withoutReport;
  const withoutOfficial = name.replace(TRAILING_OFFICIAL, '');
  if (withoutOfficial !== name && /\b(?:department|ministry|office|agency|authority|directorate)$/i.test(withoutOfficial)) name = withoutOfficial;
  return { name, alias };
}

const JOINED_SPEAKERS = /\s+and\s+(?:a|an|the)\s/i;

export class SourceRegistry {
  private readonly entries: Entry[] = [];
  /** Entries by lower-case name and alias; a later alias of the same words wins, as the most recent source. */
  private readonly byName = new Map<string, Entry>();
  /** The source most recently named, for "he said" and "it added". */
  last: string | null = null;
  private readonly knownNames = new Set<string>();
  /** Names already looked up in the alias table: long reports repeat their sources. */
  private readonly organisationByName = new Map<string, string | null>();

  private organisationOf(name: string): string | null {
    let organisation = this.organisationByName.get(name);
    if (organisation === undefined) {
      organisation = knownOrganisation(name);
      this.organisationByName.set(name, organisation);
    }
    return organisation;
  }

  /** Whether a source name (as resolve returned it) is an organisation of the alias table. */
  isKnownOrganisation(name: string): boolean {
    return this.knownNames.has(name);
  }

  /** The source name a phrase refers to; registers it when it is new. */
  resolve(phrase: string): string | null {
    if (OWN_STAFF.test(phrase.trim()) && this.last !== null) return this.last;
    const { name, alias } = cleanSourcePhrase(phrase);
    if (!name) return null;
    if (DOCUMENT_ONLY.test(name)) return this.last;
    const organisation = this.organisationOf(name) ?? (alias ? this.organisationOf(alias) : null);
    const entry = (organisation ? this.entries.find((known) => known.organisation === organisation) : undefined) ?? this.find(name) ?? this.register(name);
    entry.organisation ??= organisation;
    if (entry.organisation !== null) this.knownNames.add(entry.name);
    entry.mentions.add(phrase.toLowerCase());
    if (alias) {
      entry.aliases.add(alias.toLowerCase());
      this.byName.set(alias.toLowerCase(), entry);
    }
    this.last = entry.name;
    return entry.name;
  }

  private register(name: string): Entry {
    const entry: Entry = { name, organisation: null, mentions: new Set(), aliases: new Set() };
    this.entries.push(entry);
    this.byName.set(name.toLowerCase(), entry);
    return entry;
  }

  /** The most recently registered entry that matches, without copying the list (long reports name many). */
  private findRecent(matches: (entry: Entry) => boolean): Entry | undefined {
    for (let index = this.entries.length - 1; index >= 0; index--) if (matches(this.entries[index]!)) return this.entries[index];
    return undefined;
  }

  private find(name: string): Entry | undefined {
    const lower = name.toLowerCase();
    const exact = this.byName.get(lower);
    if (exact) return exact;
    if (isGeneric(name)) {
      const heads = [...name.matchAll(ORG_HEADS)];
      const last = heads[heads.length - 1];
      if (!last) return undefined;
      const head = last[1]!.toLowerCase();
      // "a village vigilante group member" is a member, not the group: a noun after the head makes a new source.
      if (!HEAD_ENDS_PHRASE.test(name.slice(last.index + last[0].length))) return undefined;
      // "the health ministry" after "the interior ministry": another word before the same head is another source.
      const qualifier = wordBefore(name, head);
      // "a local official" after "an official and a doctor said": a pair of speakers is not one of its members.
      const sameQualifier = (text: string) => {
        const written = qualifier === null ? null : wordBefore(text, head);
        return (written === null && !JOINED_SPEAKERS.test(text)) || written === qualifier;
      };
      const byHead = this.findRecent(
        (entry) => (containsWords(entry.name, head) && sameQualifier(entry.name)) || [...entry.mentions].some((mention) => containsWords(mention, head) && sameQualifier(mention)),
      );
      if (byHead) return byHead;
      // "the group said", "the Britain-based group": only the bare head refers to whoever was named last;
      // "the local vigilance group" describes a group of its own.
      const modifiers = name.slice(0, last.index).split(/\s+/).filter((word) => word && !/-(?:based|led|run|backed)$/i.test(word) && !/^(?:UN|U\.N\.)$/.test(word));
      return GENERIC_FALLBACK.has(head) && modifiers.length === 0 ? this.entries[this.entries.length - 1] : undefined;
    }
    if (/^[A-Z]{3,}$/.test(name)) {
      const byInitials = this.findRecent((entry) => initials(entry.name).endsWith(name));
      if (byInitials) return byInitials;
    }
    if (STANDALONE.has(lower)) return undefined;
    return this.findRecent((entry) => containsWords(entry.name, name));
  }
}
