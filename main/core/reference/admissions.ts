// When the Member States admitted since 2000 joined the United Nations (General Assembly
// resolutions in brackets). Every other Member State was one before 2000, and so throughout the
// period CTED has visited States (from 2005), which lets coverage count membership as of each year.
// Serbia continues the membership of the Federal Republic of Yugoslavia (admitted 1 November 2000).
export const ADMISSIONS: Readonly<Record<string, string>> = {
  TUV: '2000-09-05', // A/RES/55/1
  SRB: '2000-11-01', // A/RES/55/12
  CHE: '2002-09-10', // A/RES/57/1
  TLS: '2002-09-27', // A/RES/57/3
  MNE: '2006-06-28', // A/RES/60/264
  SSD: '2011-07-14', // A/RES/65/308
};

/** The day a Member State was admitted, when after 2000; null for the earlier ones. */
export const admittedOn = (iso3: string): string | null => ADMISSIONS[iso3] ?? null;
