// Persons with dated roles (data/lexicon/actors-phoenix.json, from PETRARCH's Phoenix dictionaries):
// an index by full name and by surname, built on first use so the lexicon loads as fast as before,
// and the role a person held on a given date ("Sergey Lavrov" in 2010: Russia, government).

/** One dated role: the state (ISO3) or organization, the sector (GOV, MIL, LEG, …), from/to (YYYY-MM-DD, null = open), the dictionary's name of the office. */
export interface DatedRole { state: string | null; org: string | null; sector: string; from: string | null; to: string | null; office?: string }
/** A person of the dictionary. */
export interface DatedPerson { name: string; variants: string[]; roles: DatedRole[] }
/** What the dictionary says of a person on a date: the state, a role ("Government official", "Former legislator"), the body, and the dated role it read them from. */
export interface DatedHit { person: DatedPerson; state: string | null; role: string | null; org: string | null; from: string | null; to: string | null; office?: string }

type Row = [string, string[], [string | null, string | null, string, string | null, string | null, string?][]];

/** Sector codes as the role they give a person while in office. */
export const SECTOR_ROLES: Readonly<Record<string, string>> = {
  GOV: 'Government official', MIL: 'Military officer', LEG: 'Legislator', JUD: 'Judge', OPP: 'Opposition figure', REB: 'Rebel leader', SPY: 'Intelligence official', IGO: 'Official',
};
// which role counts on a date when several are open: offices before the "elite" (ELI) background
const RANK = ['GOV', 'MIL', 'LEG', 'JUD', 'IGO', 'SPY', 'OPP', 'REB'];
const rank = (s: string): number => { const r = RANK.indexOf(s); return r < 0 ? RANK.length : r; };

/** Accent-free lowercase form of a name or a token ("Schröder" → "schroder"). */
export const foldName = (s: string): string => (ASCII.test(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'")).toLowerCase();
const ASCII = /^[\x20-\x7e]*$/;

function checkRow(row: unknown): Row {
  if (!Array.isArray(row) || typeof row[0] !== 'string' || !Array.isArray(row[1]) || !Array.isArray(row[2])) {
    throw new Error(`lexicon file data/lexicon/actors-phoenix.json: a person must be [name, variants, roles], not ${JSON.stringify(row).slice(0, 80)}. Rerun data/scripts/convert-phoenix-actors.mjs.`);
  }
  return row as Row;
}

/** The dictionary of dated persons, indexed lazily from its rows. */
// Compact: a row becomes a DatedPerson only when a lookup needs it; the maps hold a row number, or a list of them.
export class DatedPeople {
  private rows: Row[] | null = null;
  private full: Map<string, number | number[]> | null = null;
  private surnames: Map<string, number | number[]> | null = null;
  private firsts: Set<string> | null = null;
  private readonly people = new Map<number, DatedPerson>();

  /** `read` returns the rows of the data file (called once, on the first lookup); `skip` tells forms another list owns. */
  constructor(private readonly read: () => unknown, private readonly skip: (folded: string) => boolean = () => false) {}

  private index(): void {
    if (this.full) return;
    const rows = this.read();
    if (!Array.isArray(rows)) throw new Error('lexicon file data/lexicon/actors-phoenix.json: needs persons (a list). Rerun data/scripts/convert-phoenix-actors.mjs.');
    const full = new Map<string, number | number[]>();
    const surnames = new Map<string, number | number[]>();
    const firsts = new Set<string>();
    const add = (map: Map<string, number | number[]>, k: string, i: number) => {
      const l = map.get(k);
      if (l === undefined) map.set(k, i); else if (typeof l === 'number') { if (l !== i) map.set(k, [l, i]); } else if (!l.includes(i)) l.push(i);
    };
    this.rows = [];
    for (const item of rows) {
      const row = checkRow(item);
      const keys = [row[0], ...row[1]].map(foldName);
      // the hand list has this person ("Sergei Lavrov"): it wins
      if (keys.some((k) => k.includes(' ') && this.skip(k))) continue;
      const i = this.rows.push(row) - 1;
      for (const key of keys) {
        const sp = key.indexOf(' ');
        if (sp > 0) { add(full, key, i); firsts.add(key.slice(0, sp)); }
        add(surnames, key.slice(key.lastIndexOf(' ') + 1), i);
      }
    }
    [this.full, this.surnames, this.firsts] = [full, surnames, firsts];
  }

  private person(i: number): DatedPerson {
    let p = this.people.get(i);
    if (!p) {
      const [name, variants, roles] = this.rows![i]!;
      p = { name, variants, roles: roles.map(([state, org, sector, from, to, office]) => (office ? { state, org, sector, from, to, office } : { state, org, sector, from, to })) };
      this.people.set(i, p);
    }
    return p;
  }

  private list(hit: number | number[] | undefined): DatedPerson[] {
    return hit === undefined ? [] : typeof hit === 'number' ? [this.person(hit)] : hit.map((i) => this.person(i));
  }

  /** Whether a full name of the dictionary starts with this folded word (a cheap test before reading a name). */
  startsName(foldedWord: string): boolean { this.index(); return this.firsts!.has(foldedWord); }

  /** The persons whose full name (two words or more) is exactly these words. */
  byFullName(words: readonly string[]): DatedPerson[] {
    this.index();
    return this.list(this.full!.get(words.map(foldName).join(' ')));
  }

  /** The persons known by this surname (a one-word form or the last word of a full name). */
  bySurname(word: string): DatedPerson[] {
    this.index();
    return this.list(this.surnames!.get(foldName(word)));
  }

  /** How many persons the dictionary holds, the hand list's left out (reads it). */
  get size(): number { this.index(); return this.rows!.length; }
}

/** The role a person held on `date` (YYYY-MM-DD): the office open then, else the last one before it as "former". */
export function roleOn(p: DatedPerson, date: string): DatedHit {
  const dated = p.roles.filter((r) => r.from || r.to);
  const open = dated.filter((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to)).sort((a, b) => rank(a.sector) - rank(b.sector) || (b.from ?? '').localeCompare(a.from ?? ''));
  const now = open[0];
  if (now && SECTOR_ROLES[now.sector]) return { person: p, state: now.state, org: now.org, role: now.org ? `${now.org} official` : SECTOR_ROLES[now.sector]!, ...datesOf(now) };
  // an office that ended before the date: the person's state, as a former office holder
  const past = dated.filter((r) => r.to && r.to < date && SECTOR_ROLES[r.sector]).sort((a, b) => b.to!.localeCompare(a.to!))[0];
  if (past) return { person: p, state: past.state, org: null, role: past.org ? `Former ${past.org} official` : 'Former ' + SECTOR_ROLES[past.sector]!.toLowerCase(), ...datesOf(past) };
  // no office yet (or only the "elite" background): the state alone
  const any = now ?? p.roles.find((r) => !r.from && !r.to) ?? [...dated].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))[0];
  return { person: p, state: any?.state ?? null, org: null, role: null, ...(any ? datesOf(any) : { from: null, to: null }) };
}

// The dates and office name a hit keeps of the role it was read from.
const datesOf = (r: DatedRole): Pick<DatedHit, 'from' | 'to' | 'office'> => (r.office ? { from: r.from, to: r.to, office: r.office } : { from: r.from, to: r.to });

/** One reading of several persons who share a name on `date`: theirs if they agree on the state, else the one in office, else none. */
export function resolveOn(persons: readonly DatedPerson[], date: string): DatedHit | undefined {
  if (!persons.length) return undefined;
  const hits = persons.map((p) => roleOn(p, date));
  const states = new Set(hits.map((h) => h.state ?? h.org));
  if (states.size === 1) return hits.length === 1 ? hits[0] : agreeing(hits);
  const inOffice = hits.filter((h) => h.role && !h.role.startsWith('Former'));
  return inOffice.length === 1 ? inOffice[0] : undefined;
}

// Namesakes of one state: the role if all say it, the dates and office only if all give the same.
function agreeing(hits: readonly DatedHit[]): DatedHit {
  const [h] = hits as [DatedHit];
  const role = hits.every((x) => x.role === h.role) ? h.role : null;
  const same = role && hits.every((x) => x.from === h.from && x.to === h.to && x.office === h.office);
  return same ? { ...h, role } : { person: h.person, state: h.state, org: h.org, role, from: null, to: null };
}
