import type { SeedCause } from './types'

export const causes: SeedCause[] = [
  {
    slug: 'anatomical',
    title: {
      en: 'Anatomical causes: the shape of the uterus',
      zh: '解剖因素：子宫形态异常',
    },
    summary: {
      en: 'Some women are born with a differently shaped uterus, such as a septate or bicornuate uterus. A 3D ultrasound can show this; whether surgery helps depends on the type and is decided case by case.',
      zh: '有些女性天生子宫形态异常，如纵隔子宫、双角子宫。三维（3D）超声可以明确诊断；手术是否有帮助取决于畸形类型，应个体化决定。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023', 'asrm-2012'],
    treatments: ['hysteroscopic-surgery'],
    body: {
      en: [
        { type: 'h2', text: 'What this means' },
        {
          type: 'p',
          text: 'The uterus (womb) forms before birth from two halves that join and then merge into a single cavity. If this process is incomplete, the uterus can end up with a different shape. These **congenital uterine anomalies** are found more often in women with recurrent miscarriage than in other women, although many women who have one go through pregnancy without problems.',
        },
        {
          type: 'ul',
          items: [
            '**Septate uterus**: a band of tissue (the septum) divides the inside of the womb, partly or fully. It is the anomaly most often discussed in recurrent miscarriage.',
            '**Bicornuate uterus**: the top of the womb dips inwards, giving it a heart shape with two "horns", because the two halves did not fully join.',
            'Other shapes, such as a unicornuate or a double uterus, are less common.',
          ],
        },
        {
          type: 'p',
          text: 'Problems that develop later in life, such as scar tissue inside the womb (adhesions), polyps, or fibroids that bulge into the cavity, are looked for at the same time, although their link with recurrent miscarriage is less clear. A weak cervix, which can cause losses in the second trimester, is a different problem: see [cervical insufficiency](causes/cervical-insufficiency).',
        },
        { type: 'h2', text: 'How it is found' },
        {
          type: 'p',
          text: 'Guidelines recommend that women with recurrent miscarriage are offered an assessment of the uterus, ideally with **3D ultrasound**, which shows both the inside and the outer outline of the womb without an operation. If the picture is unclear, an MRI scan or a look inside the womb with a thin camera (hysteroscopy) may be suggested. The full set of tests is described under [diagnosis](topics/diagnosis).',
        },
        { type: 'h2', text: 'What can be done' },
        {
          type: 'p',
          text: 'A septum can be removed through the cervix during [hysteroscopic surgery](treatments/hysteroscopic-surgery). The procedure is short, but the evidence that it prevents another miscarriage is uncertain, so current guidelines advise deciding case by case after talking through the possible benefits and risks. A bicornuate uterus cannot be corrected from the inside, and surgery is not usually advised for it; care focuses on watching the pregnancy closely.',
        },
        {
          type: 'p',
          text: 'Finding a uterine anomaly does not mean it caused every loss. Chance chromosome changes in the embryo ([genetic causes](causes/genetic)) remain common, and an anomaly can simply be found alongside them.',
        },
        { type: 'h2', text: 'Questions to ask' },
        {
          type: 'ul',
          items: [
            'What type of anomaly is it, and how certain is the diagnosis?',
            'Would surgery change my chances, and what are its risks?',
            'How will my next pregnancy be monitored?',
          ],
        },
      ],
      zh: [
        { type: 'h2', text: '什么是子宫解剖异常' },
        {
          type: 'p',
          text: '子宫在胎儿时期由左右两条副中肾管融合、中间隔膜吸收后形成。如果融合或吸收不完全，就会形成各种**先天性子宫畸形**。这类畸形在复发性流产女性中的检出率高于一般人群，但也有不少患者妊娠经过顺利。',
        },
        {
          type: 'ul',
          items: [
            '**纵隔子宫**：宫腔内有一纵行隔膜，将宫腔部分或完全分开，是与复发性流产关系讨论最多的一种。',
            '**双角子宫**：子宫底部向内凹陷，外形呈“心形”，宫腔上部分成两个角，这是因为形成子宫的两个部分未能完全融合。',
            '单角子宫、双子宫等较为少见。',
          ],
        },
        {
          type: 'p',
          text: '此外，宫腔粘连、子宫内膜息肉、黏膜下肌瘤等后天形成的问题也会在检查中一并评估，但它们与复发性流产之间的关系尚不明确。宫颈机能不全可导致孕中期流产，属于另一类问题，见[宫颈机能不全](causes/cervical-insufficiency)。',
        },
        { type: 'h2', text: '如何发现' },
        {
          type: 'p',
          text: '指南建议对复发性流产患者进行子宫解剖评估，首选**三维（3D）超声**：无需手术，就能同时显示宫腔形态和子宫外轮廓。如果超声结果不确定，医生可能建议做磁共振或宫腔镜检查。完整的检查项目见[复发性流产的诊断与检查](topics/diagnosis)。',
        },
        { type: 'h2', text: '如何处理' },
        {
          type: 'p',
          text: '纵隔子宫可以通过[宫腔镜手术](treatments/hysteroscopic-surgery)经宫颈切除隔膜，手术时间不长。但切除纵隔能否降低再次流产的风险，目前证据并不充分，因此指南建议医患充分沟通利弊后个体化决定，而不是“查到就切”。双角子宫无法通过宫腔镜矫正，一般也不建议手术，重点在于孕期的密切观察。',
        },
        {
          type: 'p',
          text: '需要提醒的是，查出子宫畸形并不等于每次流产都是它造成的。胚胎偶发的[染色体异常](causes/genetic)仍然是早期流产最常见的原因，子宫畸形有时只是“同时存在”。',
        },
        { type: 'h2', text: '就诊时可以问医生' },
        {
          type: 'ul',
          items: [
            '我属于哪一种子宫畸形？诊断有多确定？',
            '做手术能否提高成功率？有哪些风险？',
            '下次怀孕后需要怎样监测？',
          ],
        },
      ],
    },
  },
  {
    slug: 'endocrine',
    title: {
      en: 'Hormonal (endocrine) causes',
      zh: '内分泌因素',
    },
    summary: {
      en: 'Thyroid problems, poorly controlled diabetes and, possibly, too little progesterone after ovulation have been linked with miscarriage. Thyroid tests are recommended; treatment depends on what is found.',
      zh: '甲状腺功能异常、糖尿病血糖控制不佳，以及可能存在的排卵后孕酮不足（黄体功能不全），都与流产有关。指南建议检查甲状腺功能，治疗应针对查出的具体问题。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023', 'asrm-2012'],
    treatments: ['hormone-treatment'],
    body: {
      en: [
        { type: 'h2', text: 'Hormones and early pregnancy' },
        {
          type: 'p',
          text: "In its first weeks, a pregnancy depends on hormones from the ovary and on the mother's overall hormonal balance. Several hormonal conditions have been linked with miscarriage, but the strength of the evidence varies a great deal between them.",
        },
        { type: 'h2', text: 'Thyroid function' },
        {
          type: 'p',
          text: 'Thyroid hormone matters in early pregnancy. Guidelines recommend that women with recurrent miscarriage are offered **thyroid function tests** and a test for **thyroid peroxidase (TPO) antibodies**.',
        },
        {
          type: 'ul',
          items: [
            '**Overt hypothyroidism** (an underactive thyroid with clearly abnormal blood tests) should be treated with levothyroxine, ideally before the next pregnancy.',
            '**Subclinical hypothyroidism** (a mildly raised TSH with normal thyroid hormone levels) is a grey area; whether to treat it is decided with your doctor.',
            'For women with TPO antibodies but normal thyroid function, levothyroxine has not been shown to prevent miscarriage, although thyroid tests may be repeated in pregnancy.',
          ],
        },
        { type: 'h2', text: 'The luteal phase and progesterone' },
        {
          type: 'p',
          text: 'After ovulation, the ovary makes progesterone to prepare the lining of the womb. A **luteal phase defect**, meaning too little progesterone or too short a phase, has long been suspected as a cause. In practice there is no reliable test for it, and international guidelines do not recommend routine testing. Progesterone does have a place in one well-studied situation: bleeding in early pregnancy in a woman who has miscarried before, once a scan has shown that the pregnancy is in the womb (see [progesterone and thyroid treatment](treatments/hormone-treatment)).',
        },
        { type: 'h2', text: 'Diabetes and polycystic ovary syndrome' },
        {
          type: 'p',
          text: 'Diabetes that is poorly controlled around conception raises the risk of miscarriage, so getting good control before trying again is part of [prevention](topics/prevention). Polycystic ovary syndrome (PCOS) has been linked with miscarriage in some studies, but it is unclear whether PCOS itself is the cause, and no specific treatment has been shown to prevent miscarriage in women with PCOS. Looking at weight and blood sugar is sensible either way.',
        },
        { type: 'h2', text: 'What this means for you' },
        {
          type: 'p',
          text: 'A hormonal problem that is found can usually be treated, which is good news. If your tests are normal, hormones are unlikely to explain your losses, and taking extra hormones "just in case" is not supported for every woman.',
        },
      ],
      zh: [
        { type: 'h2', text: '激素与早期妊娠' },
        {
          type: 'p',
          text: '妊娠最初几周，胚胎的发育依赖卵巢分泌的激素以及母体整体的内分泌平衡。多种内分泌疾病被认为与流产相关，但各自的证据强弱差别很大。',
        },
        { type: 'h2', text: '甲状腺功能' },
        {
          type: 'p',
          text: '甲状腺激素对孕早期十分重要。指南建议复发性流产患者检查**甲状腺功能**和**甲状腺过氧化物酶抗体（TPOAb）**。',
        },
        {
          type: 'ul',
          items: [
            '**临床甲状腺功能减退**（甲减）：应使用左甲状腺素治疗，最好在再次怀孕前把指标调整到位。',
            '**亚临床甲减**（TSH轻度升高、甲状腺激素水平正常）：是否治疗存在争议，需要与医生个体化讨论。',
            '甲状腺功能正常、仅TPOAb阳性者：目前没有证据表明服用左甲状腺素能减少流产，但孕期可能需要复查甲功。',
          ],
        },
        { type: 'h2', text: '黄体功能不全与孕激素' },
        {
          type: 'p',
          text: '排卵后，卵巢黄体分泌孕酮，使子宫内膜适合胚胎着床和生长。**黄体功能不全**长期被认为是流产原因之一，但目前缺乏可靠的诊断方法，ESHRE等国际指南不建议将其作为常规检查项目。孕激素治疗证据较充分的情形只有一种：既往有流产史、此次孕早期出现阴道流血，且超声已证实是宫内妊娠（详见[孕激素与甲状腺治疗](treatments/hormone-treatment)）。',
        },
        { type: 'h2', text: '糖尿病与多囊卵巢综合征' },
        {
          type: 'p',
          text: '孕前及孕早期血糖控制不佳会增加流产风险，因此再次备孕前把血糖控制好，是[预防](topics/prevention)的重要一环。多囊卵巢综合征（PCOS）在部分研究中与流产相关，但它是否为直接原因尚不清楚，目前也没有被证实能专门预防PCOS患者流产的药物。无论如何，关注体重和血糖都是有益的。',
        },
        { type: 'h2', text: '对您意味着什么' },
        {
          type: 'p',
          text: '查出内分泌问题，往往意味着有明确的治疗方向。如果检查结果正常，激素问题就不太可能是流产的原因，也没有必要“以防万一”地长期补充激素。',
        },
      ],
    },
  },
  {
    slug: 'immune',
    title: {
      en: 'Immune causes, including antiphospholipid syndrome',
      zh: '免疫因素（含抗磷脂综合征）',
    },
    summary: {
      en: 'Antiphospholipid syndrome is the immune cause with the clearest link to recurrent miscarriage, and it can be treated. Tests of natural killer cells, HLA or cytokines are not recommended routinely.',
      zh: '抗磷脂综合征是目前与复发性流产关系最明确、且可以治疗的免疫因素。NK细胞、HLA配型、细胞因子等检查不推荐作为常规项目。',
    },
    sources: [
      'eshre-2022',
      'rcog-gtg17-2023',
      'asrm-2012',
      'cn-consensus-2020',
      'cn-consensus-rsa-2022',
    ],
    treatments: ['immune-treatments'],
    body: {
      en: [
        { type: 'h2', text: 'Antiphospholipid syndrome' },
        {
          type: 'p',
          text: '**Antiphospholipid syndrome (APS)** is an autoimmune condition. The body makes antibodies that make the blood more likely to clot and that can affect how the placenta develops. It is the best-established immune cause of recurrent miscarriage, and it is treatable.',
        },
        { type: 'p', text: 'Guidelines recommend testing for:' },
        {
          type: 'ul',
          items: [
            'lupus anticoagulant;',
            'anticardiolipin antibodies;',
            'anti-β2-glycoprotein I antibodies (added by ESHRE).',
          ],
        },
        {
          type: 'p',
          text: 'Because these antibodies can appear for a short time, for example after an infection, a positive result is repeated after at least 12 weeks before APS is diagnosed. If it is confirmed, low-dose aspirin with heparin during pregnancy is the supported treatment, described under [immune treatments](treatments/immune-treatments).',
        },
        { type: 'h2', text: 'Other immune theories' },
        {
          type: 'p',
          text: 'You may read that the immune system "rejects" the embryo, and that tests of **natural killer (NK) cells**, **HLA** matching between partners or **cytokines** can show this. These ideas are being researched, but the tests have not been shown to predict how the next pregnancy will go, or to point to a treatment that works. Current guidelines (ESHRE, RCOG) therefore do **not** recommend them routinely, and they should not be used to justify treatments such as steroids or immunoglobulin outside research.',
        },
        {
          type: 'p',
          text: 'Thyroid antibodies, a different kind of autoimmunity, are covered under [hormonal causes](causes/endocrine).',
        },
        { type: 'h2', text: 'Inherited clotting conditions' },
        {
          type: 'p',
          text: 'Inherited thrombophilias, such as factor V Leiden, or a deficiency of protein C or protein S, are only weakly linked with recurrent miscarriage. ESHRE and the RCOG do not recommend routine testing; your doctor may test in selected cases, for example after a loss in the second trimester.',
        },
        {
          type: 'p',
          text: 'Here the Chinese consensus (2022) differs: it includes screening for a prethrombotic state, a tendency of the blood to clot, with clotting tests in the assessment of recurrent miscarriage. Ask your doctor which tests are planned for you and why.',
        },
        { type: 'h2', text: 'Questions to ask' },
        {
          type: 'ul',
          items: [
            'Which antiphospholipid tests were done, and were positive results repeated?',
            'If I have APS, who will plan my treatment for the next pregnancy?',
            'If an immune test or treatment is offered, what evidence supports it?',
          ],
        },
      ],
      zh: [
        { type: 'h2', text: '抗磷脂综合征' },
        {
          type: 'p',
          text: '**抗磷脂综合征（APS）**是一种自身免疫性疾病，体内产生的抗磷脂抗体使血液容易形成血栓，并可能影响胎盘的形成和功能。它是目前证据最充分的免疫性流产病因，而且有明确的治疗方法。',
        },
        { type: 'p', text: '指南推荐检测以下抗体：' },
        {
          type: 'ul',
          items: [
            '狼疮抗凝物（LA）；',
            '抗心磷脂抗体（aCL）；',
            '抗β2糖蛋白I抗体（ESHRE指南推荐）。',
          ],
        },
        {
          type: 'p',
          text: '这些抗体可能在感染等情况下短暂升高，因此首次阳性后需要间隔至少12周复查，持续阳性才能诊断。确诊后，孕期使用低剂量阿司匹林联合低分子肝素是有证据支持的方案，详见[免疫相关治疗](treatments/immune-treatments)。',
        },
        { type: 'h2', text: '其他免疫学说' },
        {
          type: 'p',
          text: '网上常见“母体免疫排斥胚胎”的说法，并推荐检查**自然杀伤（NK）细胞**、夫妻**HLA配型**或**细胞因子**等。这些方向仍在研究之中，但目前没有证据表明这些指标能预测下次妊娠结局，或据此找到有效的治疗。因此ESHRE和RCOG指南均**不推荐常规开展**这类检查，更不应据此在临床研究之外使用糖皮质激素、免疫球蛋白等治疗。',
        },
        {
          type: 'p',
          text: '甲状腺自身抗体属于另一类自身免疫问题，见[内分泌因素](causes/endocrine)。',
        },
        { type: 'h2', text: '遗传性易栓症' },
        {
          type: 'p',
          text: '遗传性易栓症（如凝血因子V Leiden突变，或蛋白C、蛋白S缺乏）与复发性流产的关联较弱。ESHRE和RCOG不建议常规检测；医生可能在特定情况下（如孕中期流产后）有选择地检查。',
        },
        {
          type: 'p',
          text: '在这一点上，我国共识（2022）有所不同：建议在复发性流产的评估中筛查血栓前状态（即血液容易凝固的倾向），进行凝血相关检查。可以问问医生为您安排了哪些检查、为什么。',
        },
        { type: 'h2', text: '就诊时可以问医生' },
        {
          type: 'ul',
          items: [
            '我做了哪些抗磷脂抗体检查？阳性结果是否按要求复查？',
            '如果确诊APS，下次怀孕由谁制定用药方案？',
            '医生建议的免疫检查或治疗，有什么证据支持？',
          ],
        },
      ],
    },
  },
  {
    slug: 'infection',
    title: {
      en: 'Infections',
      zh: '感染因素',
    },
    summary: {
      en: 'Infections such as toxoplasmosis or cytomegalovirus can cause a single miscarriage, but they are not an established cause of repeated losses. Routine infection screening is not recommended; infections that are found are treated.',
      zh: '弓形虫、巨细胞病毒等感染可能导致某一次流产，但并不是反复流产的明确病因。指南不推荐为寻找病因而常规做感染筛查；查出的感染应规范治疗。',
    },
    sources: ['rcog-gtg17-2023', 'eshre-2022', 'asrm-2012'],
    treatments: ['infection-treatment'],
    body: {
      en: [
        { type: 'h2', text: 'How infection can affect a pregnancy' },
        {
          type: 'p',
          text: 'Some infections can reach the pregnancy or the placenta and cause a miscarriage. Examples include:',
        },
        {
          type: 'ul',
          items: [
            '**Toxoplasmosis**, caused by a parasite caught from undercooked meat, unwashed vegetables or cat faeces;',
            '**Cytomegalovirus (CMV)**, a common virus passed on through saliva and urine, often from young children;',
            'other infections, such as listeria or rubella, and any severe illness with a high fever.',
          ],
        },
        {
          type: 'p',
          text: 'These infections usually affect one pregnancy. Afterwards, most women clear the infection or become immune to it, so the same infection is unlikely to cause loss after loss. That is why infection is not considered an established cause of **recurrent** miscarriage.',
        },
        { type: 'h2', text: 'Testing' },
        {
          type: 'p',
          text: 'For this reason, guidelines do **not** recommend routine infection screening, such as a broad "TORCH" panel, to look for the cause of recurrent miscarriage. A positive antibody result often shows only a past infection, and it can lead to worry and unnecessary treatment. Testing still makes sense when there are symptoms, such as fever or an unusual vaginal discharge, after a known exposure, and as part of routine pregnancy care.',
        },
        { type: 'h2', text: 'If an infection is found' },
        {
          type: 'p',
          text: 'An infection that is found is treated in the usual way, as explained under [treating infection](treatments/infection-treatment). Treating it protects your own health; it does not mean that the infection caused your earlier losses.',
        },
        { type: 'h2', text: 'Lowering the risk in your next pregnancy' },
        {
          type: 'ul',
          items: [
            'Cook meat thoroughly, and wash fruit and vegetables.',
            'Wear gloves for gardening, and let someone else change the cat litter if you can.',
            "Wash your hands after changing nappies or wiping a young child's nose or mouth, and avoid sharing cutlery or cups with small children.",
            'If you are not sure whether you are immune to rubella, ask about it before pregnancy.',
          ],
        },
        {
          type: 'p',
          text: 'These are ordinary pregnancy precautions, also listed under [prevention](topics/prevention).',
        },
      ],
      zh: [
        { type: 'h2', text: '感染如何影响妊娠' },
        {
          type: 'p',
          text: '部分病原体可以经胎盘感染胚胎，或影响胎盘功能，从而导致流产，例如：',
        },
        {
          type: 'ul',
          items: [
            '**弓形虫**：多因食用未熟透的肉类、未洗净的蔬果，或接触猫粪而感染；',
            '**巨细胞病毒（CMV）**：一种常见病毒，通过唾液、尿液传播，婴幼儿是常见的传染源；',
            '其他如李斯特菌、风疹病毒，以及伴有高热的严重感染等。',
          ],
        },
        {
          type: 'p',
          text: '这些感染通常只影响某一次妊娠。感染过后，大多数人会清除病原体或产生免疫力，同一种感染很难一次又一次地导致流产，因此感染并不被视为**复发性**流产的明确病因。',
        },
        { type: 'h2', text: '关于检查' },
        {
          type: 'p',
          text: '基于上述原因，指南**不推荐**为寻找复发性流产的病因而常规进行感染筛查，包括广泛开展的“TORCH”检查。抗体阳性往往只说明既往感染过，反而容易引起不必要的焦虑和治疗。出现发热、阴道分泌物异常等症状，有明确的接触史，或作为常规孕期保健的一部分时，检查仍然是合理的。',
        },
        { type: 'h2', text: '查出感染怎么办' },
        {
          type: 'p',
          text: '查出的感染按常规规范治疗，详见[感染的治疗](treatments/infection-treatment)。治疗是为了保护您自身的健康，并不意味着之前的流产一定是它造成的。',
        },
        { type: 'h2', text: '再次怀孕时如何预防' },
        {
          type: 'ul',
          items: [
            '肉类彻底煮熟，蔬菜水果洗净；',
            '做园艺时戴手套，尽量不要亲自清理猫砂；',
            '给孩子换尿布、擦口水后及时洗手，不与幼儿共用餐具和水杯；',
            '不确定自己是否对风疹有免疫力的，孕前可咨询医生是否需要检查或接种疫苗。',
          ],
        },
        {
          type: 'p',
          text: '更多孕前准备见[预防与孕前准备](topics/prevention)。',
        },
      ],
    },
  },
  {
    slug: 'lifestyle-environment',
    title: {
      en: 'Lifestyle and environment',
      zh: '生活方式与环境因素',
    },
    summary: {
      en: 'Smoking, alcohol, a high caffeine intake, obesity and some chemical exposures are linked with a higher risk of miscarriage. They are rarely the whole story, but they are among the few factors you can change.',
      zh: '吸烟、饮酒、过量摄入咖啡因、肥胖以及某些化学物质暴露，与流产风险增加有关。它们很少是唯一的原因，却是少数可以自己改变的因素。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023', 'asrm-2012', 'acog-caffeine-2010'],
    treatments: ['psychological-support'],
    body: {
      en: [
        { type: 'h2', text: 'What the evidence links with miscarriage' },
        {
          type: 'p',
          text: 'Lifestyle is rarely the single cause of recurrent miscarriage, and a loss is almost never the result of something you did or did not do. But some factors are linked with a higher risk, and changing them is one of the few things within your control.',
        },
        {
          type: 'ul',
          items: [
            "**Smoking**, including heavy exposure to other people's smoke.",
            '**Alcohol**: no safe amount in pregnancy is known, so avoiding it while trying is the simplest choice.',
            '**Caffeine** above 200 mg a day, from coffee, tea, energy drinks and cola. The NHS and ACOG advise no more than 200 mg a day in pregnancy, roughly 2 mugs of instant coffee.',
            '**Body weight**: being very overweight, or underweight, is linked with a higher risk of miscarriage.',
            "**Age**: the risk rises with the woman's age, and an older male partner may also play a part (see [diagnosis](topics/diagnosis)). Age cannot be changed, but it is worth knowing when planning.",
            '**Some medicines and workplace chemicals**, such as certain solvents, pesticides or heavy metals. Bring a list of your medicines, and details of your work, to the clinic.',
          ],
        },
        { type: 'h2', text: 'Stress' },
        {
          type: 'p',
          text: 'Many women worry that stress caused their miscarriage. The ordinary stress of work or daily life has not been shown to cause miscarriage. Recurrent loss is itself very stressful, though, and that deserves care in its own right: see [emotional support](topics/emotional-support) and [psychological support](treatments/psychological-support).',
        },
        { type: 'h2', text: 'What you can do' },
        {
          type: 'p',
          text: 'The practical steps are set out under [prevention](topics/prevention). In short: stop smoking (a stop-smoking service works better than willpower alone), avoid alcohol, keep caffeine to 200 mg a day or less, aim for a healthy weight through small, steady changes, and review your medicines with your doctor before trying again. Partners can join in; many of these changes are easier to make together.',
        },
        { type: 'h2', text: 'A word about blame' },
        {
          type: 'p',
          text: 'Lifestyle advice can feel like a judgement. It is not meant as one. Most recurrent miscarriage has other causes, or none that can be found, and many women who do everything "right" still miscarry. See also [is it my fault?](faqs/is-it-my-fault)',
        },
      ],
      zh: [
        { type: 'h2', text: '哪些因素与流产相关' },
        {
          type: 'p',
          text: '生活方式很少是复发性流产的唯一原因，流产也几乎从来不是因为您“做错了什么”。但以下因素确实与流产风险升高相关，调整它们是少数可以自己掌控的事情之一：',
        },
        {
          type: 'ul',
          items: [
            '**吸烟**，包括长期大量吸入二手烟；',
            '**饮酒**：孕期饮酒没有公认的安全剂量，备孕期间最好滴酒不沾；',
            '**咖啡因**每天超过200 mg：来自咖啡、浓茶、功能饮料和可乐等。英国NHS和美国妇产科医师学会（ACOG）建议孕期每天不超过200 mg，大约相当于2杯速溶咖啡；',
            '**体重**：肥胖或体重过低都与流产风险增加有关；',
            '**年龄**：女方年龄越大风险越高，男方年龄偏大也可能有影响（见[复发性流产的诊断与检查](topics/diagnosis)）。年龄无法改变，但在规划生育时值得考虑；',
            '**某些药物和职业暴露**：如有机溶剂、农药、重金属等。就诊时请带上用药清单，并告诉医生您的工作环境。',
          ],
        },
        { type: 'h2', text: '压力与情绪' },
        {
          type: 'p',
          text: '很多女性担心是“压力太大”导致了流产。目前没有证据表明日常工作和生活压力会引起流产。但反复流产本身带来的压力是真实存在的，值得认真对待，详见[心理与情绪支持](topics/emotional-support)和[心理支持与咨询](treatments/psychological-support)。',
        },
        { type: 'h2', text: '可以做些什么' },
        {
          type: 'p',
          text: '具体做法见[预防与孕前准备](topics/prevention)。简单来说：戒烟（借助戒烟门诊等专业帮助，比单靠毅力更有效）、不饮酒、咖啡因每天不超过200 mg、通过循序渐进地调整饮食和运动让体重接近正常，再次备孕前请医生评估正在使用的药物。伴侣也可以一起参与，共同改变往往更容易坚持。',
        },
        { type: 'h2', text: '不是您的错' },
        {
          type: 'p',
          text: '生活方式方面的建议，有时会让人觉得被指责，这并非本意。多数复发性流产另有原因，或者查不出原因；许多处处小心的女性也会再次流产。另见[反复流产是我的错吗？](faqs/is-it-my-fault)',
        },
      ],
    },
  },
  {
    slug: 'genetic',
    title: {
      en: 'Genetic causes: chromosomes of the embryo and the parents',
      zh: '遗传因素：胚胎与夫妻染色体',
    },
    summary: {
      en: "Chance chromosome errors in the embryo are the most common reason for an early miscarriage, and they become more frequent with a woman's age. Less often, a parent carries a balanced chromosome rearrangement.",
      zh: '胚胎偶发的染色体异常是早期流产最常见的原因，且随女方年龄增长而增加。少数情况下，夫妻一方携带平衡性的染色体结构重排。',
    },
    sources: ['rcog-gtg17-2023', 'eshre-2022', 'asrm-2012'],
    treatments: ['pgt-ivf', 'psychological-support'],
    body: {
      en: [
        { type: 'h2', text: 'Chromosome changes in the embryo' },
        {
          type: 'p',
          text: 'Each embryo should receive one set of chromosomes from each parent. Mistakes when an egg or sperm is formed can give the embryo too many or too few chromosomes (**aneuploidy**). Such an embryo usually cannot develop, and the pregnancy ends, most often in the first trimester. This is the most common reason for any early miscarriage. It happens by chance and becomes more frequent as a woman gets older; it is not caused by anything either parent did.',
        },
        {
          type: 'p',
          text: 'Testing the pregnancy tissue after a miscarriage can show whether the embryo had a chromosome change. Guidelines differ on when to offer this **genetic analysis of pregnancy tissue**: the RCOG advises offering it for the 3rd and any later miscarriage, and after any loss in the second trimester; ESHRE does not recommend it routinely, although it can be done to help explain a loss. A result showing a chance error can be reassuring, because it points away from a problem that is bound to repeat.',
        },
        { type: 'h2', text: 'Chromosome rearrangements in a parent' },
        {
          type: 'p',
          text: 'Less often, one partner carries a **balanced rearrangement**, such as a balanced translocation, in which pieces of two chromosomes have swapped places. The carrier is healthy, because no genetic material is missing, but some of their eggs or sperm carry an unbalanced set, which can lead to miscarriage.',
        },
        {
          type: 'p',
          text: "Testing both partners' chromosomes (**parental karyotype**) is not done for everyone. It is offered in selected cases, for example when the pregnancy tissue shows an unbalanced rearrangement, or when no tissue could be tested.",
        },
        { type: 'h2', text: 'What can be done' },
        {
          type: 'p',
          text: 'Chance errors in the embryo need no treatment. If a parent carries a rearrangement, **genetic counselling** explains the chances in future pregnancies and the options, which include trying again naturally, testing during pregnancy, and IVF with [preimplantation genetic testing](treatments/pgt-ivf). Many carriers have a healthy baby without IVF.',
        },
        {
          type: 'p',
          text: "Hearing that the cause is genetic can bring up guilt or blame between partners. It is nobody's fault, and counselling and [psychological support](treatments/psychological-support) are there for this too.",
        },
      ],
      zh: [
        { type: 'h2', text: '胚胎染色体异常' },
        {
          type: 'p',
          text: '正常情况下，胚胎从父母双方各获得一套染色体。卵子或精子形成过程中如果出现差错，胚胎就可能多一条或少一条染色体，即**非整倍体**。这样的胚胎通常无法正常发育，妊娠多在孕早期终止，表现为胎停育或自然流产。这是早期流产最常见的原因，属于随机事件，发生率随女方年龄增长而上升，与夫妻任何一方的行为无关。',
        },
        {
          type: 'p',
          text: '流产后对**妊娠组织（绒毛）进行染色体检测**，可以明确胚胎是否存在染色体异常。各指南对何时做这项检查意见不一：RCOG建议对第3次及以后的每次流产，以及任何一次孕中期流产进行检测；ESHRE不建议常规检测，但可以为解释流产原因而进行。如果结果提示偶发的染色体数目异常，某种程度上反而令人安心：这类问题通常不会“固定重复”。',
        },
        { type: 'h2', text: '夫妻一方染色体结构异常' },
        {
          type: 'p',
          text: '少数情况下，夫妻一方携带**平衡易位**等染色体结构重排，即两条染色体之间交换了片段。携带者本人没有遗传物质的缺失，身体健康，但产生的部分卵子或精子染色体不平衡，可导致流产。',
        },
        {
          type: 'p',
          text: '**夫妻外周血染色体核型分析**并非人人需要，而是在特定情况下进行，例如绒毛检测提示不平衡的结构异常，或者没有可供检测的妊娠组织时。',
        },
        { type: 'h2', text: '怎么办' },
        {
          type: 'p',
          text: '胚胎偶发的染色体异常无需治疗。如果夫妻一方是染色体结构重排的携带者，应接受**遗传咨询**，了解再次妊娠的风险和可选方案：自然试孕、孕期产前诊断，或者通过试管婴儿结合[胚胎植入前遗传学检测](treatments/pgt-ivf)选择胚胎。不少携带者不做试管婴儿，也能生下健康的孩子。',
        },
        {
          type: 'p',
          text: '得知流产与遗传有关，有些夫妻会互相埋怨或自责。染色体异常不是任何人的过错，遗传咨询和[心理支持](treatments/psychological-support)都可以提供帮助。',
        },
      ],
    },
  },
  {
    slug: 'cervical-insufficiency',
    title: {
      en: 'Cervical insufficiency (a weak cervix)',
      zh: '宫颈机能不全',
    },
    summary: {
      en: 'In cervical insufficiency the cervix opens too early, often without pain, and a pregnancy can be lost in the second trimester; it does not cause first-trimester miscarriages. It is assessed from your history and scans of the cervix, and a stitch (cerclage) helps selected women.',
      zh: '宫颈机能不全是指宫颈过早变短、扩张，往往没有明显腹痛，可导致孕中期流产，但不会引起孕早期流产。评估依据既往妊娠经过和宫颈超声检查；对部分女性，宫颈环扎术有帮助。',
    },
    sources: ['rcog-gtg60-2022', 'rcog-gtg17-2023', 'cn-consensus-2020'],
    treatments: ['cerclage'],
    body: {
      en: [
        { type: 'h2', text: 'What this means' },
        {
          type: 'p',
          text: 'The cervix is the neck of the womb. It normally stays long and closed until labour. In **cervical insufficiency** it shortens and opens too early, usually in the second trimester and often without pain or contractions. The pregnancy can then be lost, or the baby born very early. It does not cause miscarriages in the first trimester.',
        },
        {
          type: 'p',
          text: 'It matters for recurrent miscarriage because the Chinese definition counts losses up to 28 weeks, so second-trimester losses are included; in ESHRE and RCOG usage, a loss from 24 weeks is counted as a birth rather than a miscarriage. See the [overview](topics/recurrent-miscarriage).',
        },
        { type: 'h2', text: 'Who is at risk' },
        {
          type: 'ul',
          items: [
            'women who have had a second-trimester loss or a very early birth in which the waters broke or the cervix opened with little pain;',
            'women who have had surgery on the cervix, such as a cone biopsy or repeated treatment of cervical cell changes;',
            'rarely, women born with a differently shaped womb or cervix (see [anatomical causes](causes/anatomical)).',
          ],
        },
        { type: 'h2', text: 'How it is assessed' },
        {
          type: 'p',
          text: 'No test can show it between pregnancies. The diagnosis rests on what happened in earlier pregnancies and on **ultrasound scans of the cervix**, made through the vagina, in the next one. The RCOG advises that women with a previous second-trimester loss or early preterm birth are offered repeated scans of the length of the cervix in the second trimester. A cervix of 25 mm or less before 24 weeks is a warning sign. The other tests for recurrent loss are described under [diagnosis](topics/diagnosis).',
        },
        { type: 'h2', text: 'What can be done' },
        {
          type: 'p',
          text: 'A stitch around the cervix ([cervical cerclage](treatments/cerclage)) helps selected women. The RCOG advises offering a planned stitch to women with 3 or more second-trimester losses or preterm births, and a stitch when scans show the cervix shortening in a woman with an earlier loss. Vaginal progesterone is another option when a short cervix is found. The choice depends on your history and is made with a specialist.',
        },
        { type: 'h2', text: 'Warning signs in the second trimester' },
        {
          type: 'ul',
          items: [
            'a feeling of pressure or heaviness low in the vagina;',
            'a change in vaginal discharge: more of it, watery, like mucus, or tinged with blood;',
            'a gush or a steady trickle of fluid, which can mean the waters have broken;',
            'period-like cramps, backache or tightenings, even if they are mild.',
          ],
        },
        {
          type: 'p',
          text: 'The cervix can open without pain, so do not wait for pain: contact your maternity unit straight away. See also [symptoms](topics/symptoms).',
        },
        { type: 'h2', text: 'Questions to ask' },
        {
          type: 'ul',
          items: [
            'Do my earlier losses fit with cervical insufficiency, or with another cause?',
            'Should my cervix be scanned in my next pregnancy, and from when?',
            'Would a stitch or progesterone suit me better?',
          ],
        },
      ],
      zh: [
        { type: 'h2', text: '什么是宫颈机能不全' },
        {
          type: 'p',
          text: '宫颈是子宫下端的“颈部”，正常情况下在临产前一直保持一定长度并处于闭合状态。**宫颈机能不全**时，宫颈过早地变短、扩张，多发生在孕中期，而且常常没有明显的腹痛或宫缩，随后可能发生流产或极早产。它不会导致孕早期流产。',
        },
        {
          type: 'p',
          text: '它与复发性流产有关，是因为我国的定义把28周前的妊娠丢失都算作流产，孕中期流产也包括在内；而按ESHRE和RCOG的用法，24周起的妊娠丢失不再称为流产。见[复发性流产概述](topics/recurrent-miscarriage)。',
        },
        { type: 'h2', text: '哪些人风险较高' },
        {
          type: 'ul',
          items: [
            '既往有孕中期流产或极早产，且当时是胎膜早破或宫颈在几乎无痛的情况下扩张；',
            '做过宫颈手术，例如宫颈锥切术，或多次治疗宫颈病变；',
            '少数为先天性子宫或宫颈形态异常（见[解剖因素](causes/anatomical)）。',
          ],
        },
        { type: 'h2', text: '如何评估' },
        {
          type: 'p',
          text: '在两次妊娠之间，没有哪项检查能够确诊。诊断主要依据既往妊娠经过，以及再次怀孕后的**经阴道超声宫颈长度测量**。RCOG建议，既往有孕中期流产或早期早产的女性，在孕中期接受多次宫颈长度超声检查；24周前宫颈长度不超过25 mm是警示信号。复发性流产的其他检查见[复发性流产的诊断与检查](topics/diagnosis)。',
        },
        { type: 'h2', text: '如何处理' },
        {
          type: 'p',
          text: '在宫颈周围缝合加固（[宫颈环扎术](treatments/cerclage)）对部分女性有帮助。RCOG建议：既往有3次及以上孕中期流产或早产者，可考虑预防性环扎；既往有过流产、超声发现宫颈进行性缩短者，可考虑超声指征环扎。发现宫颈短时，阴道用黄体酮是另一种选择。具体方案取决于既往经过，应与专科医生共同决定。',
        },
        { type: 'h2', text: '孕中期的警示信号' },
        {
          type: 'ul',
          items: [
            '阴道深处有下坠感或压迫感；',
            '阴道分泌物改变：量增多、呈水样或黏液样，或带血丝；',
            '阴道突然流出一股液体或持续少量流液，可能是胎膜破了（破水）；',
            '类似月经期的下腹坠痛、腰酸或腹部发紧，即使程度很轻。',
          ],
        },
        {
          type: 'p',
          text: '宫颈扩张可以完全不痛，所以不要等到疼痛才就医：请立即联系产科。另见[症状与就医时机](topics/symptoms)。',
        },
        { type: 'h2', text: '就诊时可以问医生' },
        {
          type: 'ul',
          items: [
            '我既往的流产经过符合宫颈机能不全，还是另有原因？',
            '下次怀孕是否需要超声监测宫颈？从什么时候开始？',
            '宫颈环扎和黄体酮治疗，哪种更适合我？',
          ],
        },
      ],
    },
  },
]
