import type { TalentSeed } from './types';

/**
 * The talent subgraph's seed dataset: the internship, thesis and training programmes
 * that the five source documents (`shared/src/seed/sources.ts`) announce — no more,
 * no less.
 *
 * Conventions:
 * - The documents name no students, theses, internships or enrolments, so none are
 *   seeded; every programme's funnel starts at zero.
 * - Every programme is ANNOUNCED: the documents state intentions ("the intention is",
 *   "sieht … vor", "sollen geschaffen werden") or directions of cooperation, not
 *   programmes open for enrolment. No document gives dates or numbers of places, so
 *   `startsOn`, `endsOn` and `seats` are null.
 * - Institution ids are the institutions subgraph's; agreement ids are the agreements
 *   subgraph's. A party a document does not name is left out (null host, no
 *   universities) rather than guessed; the description says what is open.
 * - Thematic areas stay empty: the areas the documents list (AI, nanotechnology…) are
 *   those of the agreements, not of one programme.
 * - Each record cites its source once, with a verbatim quote in the document's language.
 */
export const talentSeed: TalentSeed = {
  internshipPrograms: [
    // ─── 004: Azerbaijan Industrial Corporation × AzTU ─────────────────────────────
    {
      id: 'aztu-ganja-aluminium-complex-internships',
      title: 'Internships for AzTU bachelor and master students at the Ganja Aluminium Complex',
      description:
        'Intended internships for bachelor and master students of AzTU at the Ganja aluminium complex, and providing the necessary support (the document does not say by whom). The document gives no dates and no number of places.',
      hostId: 'ganja-aluminium-complex',
      universityIds: ['aztu'],
      levels: ['BACHELOR', 'MASTER'],
      areas: [],
      seats: null,
      startsOn: null,
      endsOn: null,
      status: 'ANNOUNCED',
      agreementId: 'aztu-aic-cooperation',
      sources: [
        {
          sourceId: 'src-aic-three-years',
          quote:
            'the intention is organization of internships for bachelor and master students of AzTU in the complex and providing the necessary support',
        },
      ],
    },
    // ─── 001: the two Bayraktar memoranda (German) ────────────────────────────────
    {
      id: 'innovation-center-bayraktar-internships',
      title: 'Internship programmes for students under the Innovation Center – Bayraktar Technology memorandum',
      description:
        'The memorandum of 4 July 2025 between the Innovation Center (under SAPSSI) and Bayraktar Technology Azerbaijan provides for internship programmes for students. The source does not say where the interns work, which universities or levels of study take part, when, or how many places there are.',
      hostId: null,
      universityIds: [],
      levels: [],
      areas: [],
      seats: null,
      startsOn: null,
      endsOn: null,
      status: 'ANNOUNCED',
      agreementId: 'mou-innovation-center-bayraktar-2025',
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Das MoU sieht vielseitige Initiativen vor, darunter Praktikumsprogramme für Studierende, gemeinsame wissenschaftliche Forschungsprojekte sowie berufliche Weiterbildungsmaßnahmen.',
        },
      ],
    },
    {
      id: 'bsu-bayraktar-internships',
      title: 'Internship places for BSU students under the BSU – Bayraktar Technology memorandum',
      description:
        'Under the memorandum between Baku State University and Bayraktar Technology Azerbaijan, internship places are to be created for BSU students. The source does not say where the interns work, and gives no levels of study, dates or number of places. The employment opportunities the same sentence mentions are not an internship programme and are not recorded here.',
      // The document does not say where the places are: no host.
      hostId: null,
      universityIds: ['bsu'],
      levels: [],
      areas: [],
      seats: null,
      startsOn: null,
      endsOn: null,
      status: 'ANNOUNCED',
      agreementId: 'mou-bsu-bayraktar-2025',
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Die Studierenden der BSU werden von diesem Abkommen in mehrfacher Hinsicht profitieren, da unter anderem Praktikumsplätze und Beschäftigungsmöglichkeiten geschaffen werden sollen.',
        },
      ],
    },
    // ─── 002: Azərişıq's cooperation with universities (Azerbaijani) ───────────────
    {
      id: 'azerishiq-internships',
      title: 'Azərişıq practical training and internship programmes for university students',
      description:
        'Students do practical training and take part in internship programmes at the enterprises of Azərişıq, which also helps the company prepare specialists it may hire. The source names no universities ("local and foreign universities"), levels of study, dates or numbers.',
      hostId: 'azerishiq',
      universityIds: [],
      levels: [],
      areas: [],
      seats: null,
      startsOn: null,
      endsOn: null,
      status: 'ANNOUNCED',
      agreementId: 'azerishiq-university-cooperation',
      sources: [
        {
          sourceId: 'src-azerishiq-cooperation',
          quote:
            'Tələbələrin “Azərişıq” ASC müəssisələrində təcrübə keçməsi və internship proqramlarına qatılması, onların praktik bilik və bacarıqlarını artırır.',
        },
      ],
    },
  ],

  thesisPrograms: [
    {
      id: 'aztu-ganja-aluminium-complex-industry-theses',
      title: "Industry-based graduation theses and master's dissertations of AzTU at the Ganja Aluminium Complex",
      description:
        "Intended: the topics of AzTU's graduation theses (bachelor) and master's dissertations are to be based in the operations of the Ganja aluminium complex, alongside the internships there. The document names no theses, supervisors or dates.",
      universityId: 'aztu',
      industryPartnerId: 'ganja-aluminium-complex',
      levels: ['BACHELOR', 'MASTER'],
      areas: [],
      startsOn: null,
      endsOn: null,
      status: 'ANNOUNCED',
      agreementId: 'aztu-aic-cooperation',
      sources: [
        {
          sourceId: 'src-aic-three-years',
          quote: 'ensuring the graduation and master’s dissertation topics are based in the industry operation',
        },
      ],
    },
  ],

  trainingPrograms: [
    {
      id: 'ganja-aluminium-complex-technical-vocational-education',
      title: 'Technical vocational education jointly with the Ganja Aluminium Complex',
      description:
        'Intended: opportunities for technical vocational education, created jointly with the Ganja aluminium complex, among the measures Azerbaijan Industrial Corporation reports on the cooperation of AzTU and the complex. The document does not say who creates them with the complex, and gives no dates, audience or number of places.',
      kind: 'VOCATIONAL',
      // "jointly with the Ganja Aluminum Complex": the other provider is not named.
      providerIds: ['ganja-aluminium-complex'],
      audience: null,
      areas: [],
      seats: null,
      startsOn: null,
      endsOn: null,
      status: 'ANNOUNCED',
      agreementId: 'aztu-aic-cooperation',
      sources: [
        {
          sourceId: 'src-aic-three-years',
          quote:
            'it is intended to create opportunities technical vocational and secondary special education jointly with the Ganja Aluminum Complex',
        },
      ],
    },
    {
      id: 'ganja-aluminium-complex-secondary-special-education',
      title: 'Secondary special education jointly with the Ganja Aluminium Complex',
      description:
        'Intended: opportunities for secondary special education, created jointly with the Ganja aluminium complex, among the measures Azerbaijan Industrial Corporation reports on the cooperation of AzTU and the complex. The document does not say who creates them with the complex, and gives no dates, audience or number of places.',
      kind: 'SECONDARY_SPECIAL',
      // "jointly with the Ganja Aluminum Complex": the other provider is not named.
      providerIds: ['ganja-aluminium-complex'],
      audience: null,
      areas: [],
      seats: null,
      startsOn: null,
      endsOn: null,
      status: 'ANNOUNCED',
      agreementId: 'aztu-aic-cooperation',
      sources: [
        {
          sourceId: 'src-aic-three-years',
          quote:
            'it is intended to create opportunities technical vocational and secondary special education jointly with the Ganja Aluminum Complex',
        },
      ],
    },
    {
      id: 'innovation-center-bayraktar-professional-development',
      title: 'Professional development under the Innovation Center – Bayraktar Technology memorandum',
      description:
        'The memorandum of 4 July 2025 between the Innovation Center (under SAPSSI) and Bayraktar Technology Azerbaijan provides for professional development measures (berufliche Weiterbildungsmaßnahmen). The source gives no audience, dates or number of places.',
      kind: 'PROFESSIONAL_DEVELOPMENT',
      providerIds: ['innovation-center-sapssi', 'bayraktar-technology-azerbaijan'],
      audience: null,
      areas: [],
      seats: null,
      startsOn: null,
      endsOn: null,
      status: 'ANNOUNCED',
      agreementId: 'mou-innovation-center-bayraktar-2025',
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Das MoU sieht vielseitige Initiativen vor, darunter Praktikumsprogramme für Studierende, gemeinsame wissenschaftliche Forschungsprojekte sowie berufliche Weiterbildungsmaßnahmen.',
        },
      ],
    },
    {
      id: 'bsu-bayraktar-training-programmes',
      title: 'Training programmes of BSU and Bayraktar Technology Azerbaijan',
      description:
        "BSU's rector expects the memorandum with Bayraktar Technology Azerbaijan to be a solid basis for joint research initiatives and training programmes (Ausbildungsprogramme). The source does not say what kind of training, for whom, when or for how many.",
      kind: 'UNSPECIFIED',
      providerIds: ['bsu', 'bayraktar-technology-azerbaijan'],
      audience: null,
      areas: [],
      seats: null,
      startsOn: null,
      endsOn: null,
      status: 'ANNOUNCED',
      agreementId: 'mou-bsu-bayraktar-2025',
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Elchin Babayev äußerte sein Vertrauen, dass das MoU eine solide Grundlage für gemeinsame Forschungsinitiativen und Ausbildungsprogramme bilden wird.',
        },
      ],
    },
    {
      id: 'azerishiq-personnel-training',
      title: 'Azərişıq personnel training and training programmes with universities',
      description:
        'Universities organise personnel training (kadr hazırlığı) and training programmes together with industry representatives, as one direction of the cooperation of Azərişıq with local and foreign universities. The source names no universities, audience, dates or numbers.',
      kind: 'PERSONNEL_TRAINING',
      // The document says universities organise it with industry representatives; it names
      // no provider, so none is recorded.
      providerIds: [],
      audience: null,
      areas: [],
      seats: null,
      startsOn: null,
      endsOn: null,
      status: 'ANNOUNCED',
      agreementId: 'azerishiq-university-cooperation',
      sources: [
        {
          sourceId: 'src-azerishiq-cooperation',
          quote:
            'Ali təhsil müəssisələrinin sənaye nümayəndələri ilə birlikdə kadr hazırlığı və təlim proqramları təşkil etməsi, sənayenin tələblərinə uyğun olaraq müasir və praktiki tədris materiallarının hazırlanmasına imkan yaradır.',
        },
      ],
    },
  ],
};
