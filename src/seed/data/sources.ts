import type { SeedSource } from './types'

/**
 * The guidelines the demo content relies on. Titles are given as published, in the language of
 * publication. Journal details are only filled in where they have been checked.
 */
export const sources: SeedSource[] = [
  {
    slug: 'eshre-2022',
    title: 'ESHRE guideline: recurrent pregnancy loss: an update in 2022',
    organisation: 'European Society of Human Reproduction and Embryology (ESHRE)',
    year: 2023,
    publication: 'Human Reproduction Open 2023(1): hoad002',
    url: 'https://doi.org/10.1093/hropen/hoad002',
    doi: '10.1093/hropen/hoad002',
    pmid: '36873081',
  },
  {
    slug: 'rcog-gtg17-2023',
    title: 'Recurrent Miscarriage: Green-top Guideline No. 17',
    organisation: 'Royal College of Obstetricians and Gynaecologists (RCOG)',
    year: 2023,
    publication: 'BJOG 2023;130(12): e9–e39',
    url: 'https://doi.org/10.1111/1471-0528.17515',
    doi: '10.1111/1471-0528.17515',
    pmid: '37334488',
  },
  {
    slug: 'asrm-2012',
    title: 'Evaluation and treatment of recurrent pregnancy loss: a committee opinion',
    organisation: 'Practice Committee of the American Society for Reproductive Medicine (ASRM)',
    year: 2012,
    publication: 'Fertility and Sterility 2012;98(5): 1103–1111',
    url: 'https://doi.org/10.1016/j.fertnstert.2012.06.048',
    doi: '10.1016/j.fertnstert.2012.06.048',
    pmid: '22835448',
  },
  {
    slug: 'cn-consensus-2020',
    title: '自然流产诊治中国专家共识（2020年版）',
    organisation: '自然流产诊治中国专家共识编写组',
    year: 2020,
    publication: '中国实用妇科与产科杂志, 2020, 36(11): 1082–1090',
    url: 'https://doi.org/10.19538/j.fk2020110113',
    doi: '10.19538/j.fk2020110113',
  },
  {
    // The consensus published in 中华妇产科杂志 (not the 2022 aetiology-testing consensus of
    // another society). DOI and PMID deliberately left out: they could not be confirmed.
    slug: 'cn-consensus-rsa-2022',
    title: '复发性流产诊治专家共识（2022）',
    organisation: '复发性流产诊治专家共识编写组',
    year: 2022,
    publication: '中华妇产科杂志, 2022, 57(9): 653–667',
  },
  {
    slug: 'nice-ng126',
    title:
      'Ectopic pregnancy and miscarriage: diagnosis and initial management (NICE guideline NG126)',
    organisation: 'National Institute for Health and Care Excellence (NICE)',
    year: 2019,
    publication: 'NICE guideline NG126, published 2019, last updated 2023',
    url: 'https://www.nice.org.uk/guidance/ng126',
  },
  {
    slug: 'prism-2019',
    title: 'A Randomized Trial of Progesterone in Women with Bleeding in Early Pregnancy (PRISM)',
    organisation: 'Coomarasamy A, Devall AJ, Cheed V, et al.',
    year: 2019,
    publication: 'New England Journal of Medicine 2019;380(19): 1815–1824',
    url: 'https://doi.org/10.1056/NEJMoa1813730',
    doi: '10.1056/NEJMoa1813730',
    pmid: '31067371',
  },
  {
    slug: 'lund-2012',
    title:
      'Prognosis for live birth in women with recurrent miscarriage: what is the best measure of success?',
    organisation:
      'Lund M, Kamper-Jørgensen M, Nielsen HS, Lidegaard Ø, Andersen AM, Christiansen OB',
    year: 2012,
    publication: 'Obstetrics & Gynecology 2012;119(1): 37–43',
    url: 'https://doi.org/10.1097/AOG.0b013e31823c0413',
    doi: '10.1097/AOG.0b013e31823c0413',
    pmid: '22183209',
  },
  {
    // DOI left out: not confirmed.
    slug: 'rcog-gtg60-2022',
    title: 'Cervical Cerclage: Green-top Guideline No. 60',
    organisation: 'Royal College of Obstetricians and Gynaecologists (RCOG)',
    year: 2022,
    publication: 'BJOG 2022;129: 1178–1210',
  },
  {
    slug: 'acog-caffeine-2010',
    title: 'Moderate caffeine consumption during pregnancy (Committee Opinion No. 462)',
    organisation: 'American College of Obstetricians and Gynecologists (ACOG)',
    year: 2010,
    publication: 'Obstetrics & Gynecology 2010;116(2 Pt 1): 467–468',
  },
]
