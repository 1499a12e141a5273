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
    // Journal, DOI and PMID deliberately left out: they could not be confirmed.
    slug: 'cn-consensus-rsa-2022',
    title: '复发性流产诊治专家共识（2022）',
    organisation: '复发性流产诊治专家共识编写组',
    year: 2022,
  },
]
