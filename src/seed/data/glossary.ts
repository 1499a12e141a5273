/**
 * The demo glossary: the medical terms of the demo content, with the Chinese term the desk
 * prefers and the variants it discourages. The parity check reports a discouraged variant in
 * the Chinese and an English term whose preferred Chinese is missing. Sources name the
 * terminology the preference follows; notes say when a variant is acceptable.
 */
export interface SeedGlossaryTerm {
  english: string
  chinese: string
  discouraged: string[]
  /** Other acceptable Chinese renderings. */
  accepted?: string[]
  note?: string
  source: string
}

const consensus = '复发性流产诊治专家共识（2022）'
const cnTerms = '全国科学技术名词审定委员会 医学名词'
const eshre = 'ESHRE guideline: recurrent pregnancy loss (2022)'

export const glossaryTerms: SeedGlossaryTerm[] = [
  {
    english: 'recurrent miscarriage',
    accepted: ['反复流产'],
    chinese: '复发性流产',
    discouraged: ['习惯性流产', '复发性自然流产'],
    note: '“反复流产”可在通俗行文中使用；“习惯性流产”为旧称。',
    source: consensus,
  },
  {
    english: 'recurrent pregnancy loss',
    chinese: '复发性流产',
    discouraged: ['习惯性流产'],
    note: 'ESHRE 的术语；中文与 recurrent miscarriage 同译。',
    source: eshre,
  },
  { english: 'pregnancy loss', chinese: '妊娠丢失', discouraged: ['妊娠损失'], source: consensus },
  {
    english: 'antiphospholipid syndrome',
    chinese: '抗磷脂综合征',
    discouraged: ['抗磷脂抗体综合征'],
    note: '综合征以疾病命名，不加“抗体”；抗体本身写作“抗磷脂抗体”。',
    source: cnTerms,
  },
  {
    english: 'antiphospholipid antibodies',
    chinese: '抗磷脂抗体',
    discouraged: [],
    source: cnTerms,
  },
  {
    english: 'lupus anticoagulant',
    chinese: '狼疮抗凝物',
    discouraged: ['狼疮抗凝因子'],
    source: cnTerms,
  },
  { english: 'anticardiolipin', chinese: '抗心磷脂抗体', discouraged: [], source: cnTerms },
  {
    english: 'first trimester',
    accepted: ['妊娠早期'],
    chinese: '孕早期',
    discouraged: ['早孕期'],
    note: '全文统一用“孕早期”（与“孕中期”“孕晚期”成套）；“妊娠早期”在正式表述中也可接受。',
    source: consensus,
  },
  { english: 'second trimester', chinese: '孕中期', discouraged: ['中孕期'], source: consensus },
  {
    english: 'low-dose aspirin',
    chinese: '低剂量阿司匹林',
    discouraged: ['小剂量阿司匹林'],
    source: consensus,
  },
  { english: 'heparin', chinese: '肝素', discouraged: [], source: cnTerms },
  {
    english: 'low-molecular-weight heparin',
    chinese: '低分子肝素',
    discouraged: ['低分子量肝素'],
    note: '两种写法均见于文献；本站统一用“低分子肝素”。',
    source: consensus,
  },
  {
    english: 'progesterone',
    accepted: ['孕酮'],
    chinese: '黄体酮',
    discouraged: [],
    note: '药物写“黄体酮”；血液中测得的激素可写“孕酮”。',
    source: cnTerms,
  },
  {
    english: 'vaginal micronised progesterone',
    chinese: '阴道微粒化黄体酮',
    discouraged: [],
    source: 'NICE NG126 (2023)',
  },
  { english: 'thyroid', chinese: '甲状腺', discouraged: [], source: cnTerms },
  {
    english: 'levothyroxine',
    chinese: '左甲状腺素',
    discouraged: ['优甲乐'],
    note: '用通用名，不用商品名。',
    source: cnTerms,
  },
  {
    english: 'subclinical hypothyroidism',
    accepted: ['亚临床甲状腺功能减退'],
    chinese: '亚临床甲减',
    discouraged: [],
    note: '全称“亚临床甲状腺功能减退症”，首次出现宜写全称。',
    source: cnTerms,
  },
  {
    english: 'overt hypothyroidism',
    accepted: ['临床甲状腺功能减退'],
    chinese: '临床甲减',
    discouraged: [],
    note: '全称“临床甲状腺功能减退症”。',
    source: cnTerms,
  },
  {
    english: 'TPO antibodies',
    accepted: ['甲状腺过氧化物酶抗体'],
    chinese: 'TPOAb',
    discouraged: [],
    note: '甲状腺过氧化物酶抗体（TPOAb）。',
    source: cnTerms,
  },
  { english: 'diabetes', chinese: '糖尿病', discouraged: [], source: cnTerms },
  {
    english: 'polycystic ovary syndrome',
    chinese: '多囊卵巢综合征',
    discouraged: ['多囊卵巢综合症'],
    note: '“征”不写作“症”。',
    source: cnTerms,
  },
  { english: 'chromosome', chinese: '染色体', discouraged: [], source: cnTerms },
  { english: 'balanced translocation', chinese: '平衡易位', discouraged: [], source: cnTerms },
  { english: 'karyotype', chinese: '核型', discouraged: [], source: cnTerms },
  { english: 'aneuploidy', chinese: '非整倍体', discouraged: [], source: cnTerms },
  { english: 'genetic counselling', chinese: '遗传咨询', discouraged: [], source: cnTerms },
  {
    english: 'preimplantation genetic testing',
    chinese: '胚胎植入前遗传学检测',
    discouraged: ['植入前遗传学筛查'],
    note: '俗称“第三代试管婴儿”，可括注。',
    source: eshre,
  },
  {
    english: 'IVF',
    accepted: ['体外受精'],
    chinese: '试管婴儿',
    discouraged: [],
    note: '正式名称“体外受精”；面向读者的正文用“试管婴儿”，可括注“体外受精”。',
    source: cnTerms,
  },
  { english: 'biochemical pregnancy', chinese: '生化妊娠', discouraged: [], source: consensus },
  {
    english: 'live birth',
    accepted: ['活婴'],
    chinese: '活产',
    discouraged: [],
    note: '“分娩活婴”在通俗行文中也可。',
    source: cnTerms,
  },
  { english: 'hysteroscopy', chinese: '宫腔镜', discouraged: [], source: cnTerms },
  { english: 'hysteroscopic surgery', chinese: '宫腔镜手术', discouraged: [], source: cnTerms },
  {
    english: 'septate uterus',
    chinese: '纵隔子宫',
    discouraged: [],
    note: '指畸形类型；隔膜本身是“子宫纵隔”。',
    source: cnTerms,
  },
  { english: 'uterine septum', chinese: '子宫纵隔', discouraged: [], source: cnTerms },
  { english: 'bicornuate uterus', chinese: '双角子宫', discouraged: [], source: cnTerms },
  {
    english: '3D ultrasound',
    chinese: '三维超声',
    accepted: ['三维（3D）超声'],
    discouraged: ['3D超声'],
    note: '首次出现可括注“（3D）”。',
    source: eshre,
  },
  {
    english: 'adhesions',
    chinese: '粘连',
    discouraged: [],
    note: '宫腔内的粘连写“宫腔粘连”。',
    source: cnTerms,
  },
  { english: 'polyps', chinese: '息肉', discouraged: [], source: cnTerms },
  { english: 'fibroids', chinese: '肌瘤', discouraged: [], source: cnTerms },
  {
    english: 'toxoplasmosis',
    accepted: ['弓形体'],
    chinese: '弓形虫',
    discouraged: [],
    note: '疾病为“弓形虫病”。',
    source: cnTerms,
  },
  { english: 'cytomegalovirus', chinese: '巨细胞病毒', discouraged: [], source: cnTerms },
  { english: 'Listeria', chinese: '李斯特菌', discouraged: [], source: cnTerms },
  {
    english: 'natural killer',
    accepted: ['自然杀伤'],
    chinese: 'NK细胞',
    discouraged: [],
    note: '首次出现可写“自然杀伤（NK）细胞”。',
    source: cnTerms,
  },
  { english: 'cytokines', chinese: '细胞因子', discouraged: [], source: cnTerms },
  {
    english: 'intravenous immunoglobulin',
    chinese: '静脉注射免疫球蛋白',
    discouraged: [],
    source: cnTerms,
  },
  { english: 'thrombophilia', chinese: '易栓症', discouraged: [], source: cnTerms },
  { english: 'folic acid', chinese: '叶酸', discouraged: [], source: cnTerms },
  { english: 'caffeine', chinese: '咖啡因', discouraged: [], source: cnTerms },
  { english: 'placenta', chinese: '胎盘', discouraged: [], source: cnTerms },
  { english: 'embryo', chinese: '胚胎', discouraged: [], source: cnTerms },
  {
    english: 'ectopic pregnancy',
    accepted: ['宫外孕'],
    chinese: '异位妊娠',
    discouraged: [],
    note: '“宫外孕”为俗称，可括注。',
    source: cnTerms,
  },
  { english: 'psychological support', chinese: '心理支持', discouraged: [], source: eshre },
  {
    english: 'sperm DNA',
    chinese: '精子DNA',
    discouraged: [],
    note: '精子DNA碎片（sperm DNA fragmentation）。',
    source: eshre,
  },
  { english: 'unexplained', chinese: '不明原因', discouraged: ['原因不明性'], source: consensus },
]
