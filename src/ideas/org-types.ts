/**
 * The six organisation types of docs/ideas.md, in the order the organisation
 * index lists them (funders first). Part of the record format: never rename one.
 */

export const ORGANISATION_TYPES = ['funder', 'public-body', 'association', 'company', 'education', 'health'] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export function isOrganisationType(value: unknown): value is OrganisationType {
  return typeof value === 'string' && (ORGANISATION_TYPES as readonly string[]).includes(value);
}
