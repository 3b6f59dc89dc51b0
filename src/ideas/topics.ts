/**
 * The 22 topic ids of docs/ideas.md with their labels. The ids are part of the
 * record format (docs/record-format.md): never rename one.
 */

export const TOPICS = [
  { id: 'humanitarian-aid', de: 'Humanitäre Hilfe', en: 'Humanitarian aid', uk: 'Гуманітарна допомога' },
  {
    id: 'civil-protection',
    de: 'Feuerwehr und Katastrophenschutz',
    en: 'Fire service and civil protection',
    uk: 'Пожежна охорона і цивільний захист',
  },
  { id: 'health', de: 'Gesundheit', en: 'Health', uk: "Охорона здоров'я" },
  { id: 'energy', de: 'Energie', en: 'Energy', uk: 'Енергетика' },
  { id: 'water-waste', de: 'Wasser und Abfall', en: 'Water and waste', uk: 'Вода і відходи' },
  { id: 'schools', de: 'Schulen', en: 'Schools', uk: 'Школи' },
  {
    id: 'higher-education',
    de: 'Hochschulen und Forschung',
    en: 'Universities and research',
    uk: 'Університети і наука',
  },
  { id: 'youth', de: 'Jugend', en: 'Youth', uk: 'Молодь' },
  { id: 'culture', de: 'Kultur', en: 'Culture', uk: 'Культура' },
  { id: 'sport', de: 'Sport', en: 'Sport', uk: 'Спорт' },
  {
    id: 'administration',
    de: 'Verwaltung und Fachaustausch',
    en: 'Administration and peer exchange',
    uk: 'Адміністрація і фаховий обмін',
  },
  { id: 'economy', de: 'Wirtschaft', en: 'Business and economy', uk: 'Економіка' },
  { id: 'reconstruction', de: 'Wiederaufbau', en: 'Reconstruction', uk: 'Відбудова' },
  {
    id: 'refugees',
    de: 'Geflüchtete und Integration',
    en: 'Refugees and integration',
    uk: 'Біженці та інтеграція',
  },
  { id: 'diaspora', de: 'Ukrainische Community', en: 'Ukrainian community', uk: 'Українська громада' },
  {
    id: 'civil-society',
    de: 'Zivilgesellschaft und Ehrenamt',
    en: 'Civil society and volunteering',
    uk: 'Громадянське суспільство',
  },
  { id: 'funding', de: 'Förderung und Finanzierung', en: 'Funding', uk: 'Фінансування' },
  { id: 'staffing', de: 'Personal und Koordination', en: 'Staff and coordination', uk: 'Кадри і координація' },
  { id: 'visits', de: 'Besuche und Delegationen', en: 'Visits and delegations', uk: 'Візити і делегації' },
  {
    id: 'agreements',
    de: 'Verträge und Beschlüsse',
    en: 'Agreements and council decisions',
    uk: 'Угоди і рішення',
  },
  { id: 'environment-climate', de: 'Umwelt und Klima', en: 'Environment and climate', uk: 'Довкілля і клімат' },
  { id: 'social-care', de: 'Soziales', en: 'Social care', uk: 'Соціальна сфера' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];
export type TopicLanguage = 'de' | 'en' | 'uk';

export const TOPIC_IDS: readonly TopicId[] = TOPICS.map((t) => t.id);

const BY_ID = new Map<string, (typeof TOPICS)[number]>(TOPICS.map((t) => [t.id, t]));

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && BY_ID.has(value);
}

export function topicLabel(id: TopicId, language: TopicLanguage = 'en'): string {
  return BY_ID.get(id)![language];
}
