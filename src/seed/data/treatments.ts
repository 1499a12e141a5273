import type { SeedTreatment } from './types'

export const treatments: SeedTreatment[] = [
  {
    slug: 'hysteroscopic-surgery',
    title: {
      en: 'Hysteroscopic surgery',
      zh: '宫腔镜手术',
    },
    summary: {
      en: 'Hysteroscopy uses a thin camera passed through the cervix to look inside the womb and, if needed, remove a septum, adhesions or polyps. For a uterine septum, the benefit for miscarriage is uncertain, so surgery is decided case by case.',
      zh: '宫腔镜经阴道和宫颈进入宫腔，可以直视检查，并同时切除纵隔、分离粘连或摘除息肉。对子宫纵隔而言，手术能否减少流产尚无定论，需个体化决定。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023', 'asrm-2012'],
    body: {
      en: [
        { type: 'h2', text: 'What hysteroscopy is' },
        {
          type: 'p',
          text: 'A hysteroscope is a thin telescope with a camera. It is passed through the vagina and cervix into the womb, so no cut is made in the abdomen. It can be used simply to look (diagnostic hysteroscopy) or, with fine instruments, to treat what is found (operative hysteroscopy). It is usually done as a day case, under a local or general anaesthetic.',
        },
        { type: 'h2', text: 'When it is considered in recurrent miscarriage' },
        {
          type: 'ul',
          items: [
            '**Uterine septum**: the band of tissue that divides the womb can be cut away (septum resection). This is the main reason hysteroscopic surgery is discussed for [anatomical causes](causes/anatomical).',
            '**Adhesions** (scar tissue inside the womb), **polyps**, or **fibroids** that bulge into the cavity can be removed in the same way.',
          ],
        },
        {
          type: 'p',
          text: 'A **bicornuate uterus** is a difference in the outer shape of the womb and cannot be corrected by hysteroscopy. Surgery is not usually recommended for it.',
        },
        { type: 'h2', text: 'What the evidence says' },
        {
          type: 'p',
          text: 'It seems logical that removing a septum should help, and many women have had successful pregnancies afterwards. However, good-quality studies have not clearly shown that septum resection lowers the chance of another miscarriage, and some suggest little or no difference. You may read that surgery simply corrects the problem; current guidelines are more cautious. They describe the evidence as uncertain and advise deciding **case by case**, taking into account the size of the septum, your history, any other findings and your own preferences.',
        },
        { type: 'h2', text: 'Risks and recovery' },
        {
          type: 'p',
          text: 'Hysteroscopy is generally safe. Possible problems include infection, bleeding, a small hole in the wall of the womb (perforation) and, rarely, new adhesions. Most women go home the same day and return to normal activities within a few days. Your doctor will advise how long to wait before trying to conceive, and whether a follow-up scan or hysteroscopy is needed first.',
        },
        { type: 'h2', text: 'Questions to ask' },
        {
          type: 'ul',
          items: [
            'Is the septum large enough that surgery is likely to matter?',
            'What would happen if I chose not to have surgery?',
            'How soon could I try again afterwards?',
          ],
        },
        {
          type: 'p',
          text: 'For the tests that find these problems, see [diagnosis](topics/diagnosis).',
        },
      ],
      zh: [
        { type: 'h2', text: '什么是宫腔镜' },
        {
          type: 'p',
          text: '宫腔镜是一种带摄像系统的细长内镜，经阴道、宫颈管进入宫腔，腹部没有切口。它既可以用于**诊断**（直接观察宫腔形态和内膜情况），也可以在镜下用微型器械进行**治疗**。手术一般在日间病房完成，采用局部麻醉或静脉麻醉。',
        },
        { type: 'h2', text: '复发性流产中哪些情况会考虑' },
        {
          type: 'ul',
          items: [
            '**子宫纵隔**：在镜下切除宫腔内的纵隔组织（宫腔镜子宫纵隔切除术），这是[解剖因素](causes/anatomical)中最常讨论的手术。',
            '**宫腔粘连**、**子宫内膜息肉**、**黏膜下肌瘤**：可以在宫腔镜下分离或切除。',
          ],
        },
        {
          type: 'p',
          text: '**双角子宫**属于子宫外形的异常，宫腔镜无法矫正，一般也不建议手术。',
        },
        { type: 'h2', text: '证据怎么说' },
        {
          type: 'p',
          text: '“切掉纵隔就能保住胎”听起来顺理成章，也确实有不少患者术后顺利生下孩子。但高质量研究并未明确证实切除纵隔能降低再次流产的风险，部分研究显示差别不大。因此，现行指南认为证据尚不确定，建议结合纵隔大小、既往妊娠经过、其他检查结果以及患者本人的意愿**个体化决定**，而不是把手术当作常规。',
        },
        { type: 'h2', text: '风险与恢复' },
        {
          type: 'p',
          text: '宫腔镜手术总体安全，可能的并发症包括感染、出血、子宫穿孔，以及少数情况下术后再次形成粘连。多数患者当天即可出院，几天内恢复日常活动。术后多久可以备孕、是否需要复查超声或宫腔镜，请遵医嘱。',
        },
        { type: 'h2', text: '可以问医生的问题' },
        {
          type: 'ul',
          items: [
            '我的纵隔大小是否足以让手术带来益处？',
            '如果不做手术，会怎样？',
            '术后多久可以再次备孕？',
          ],
        },
        {
          type: 'p',
          text: '发现这些问题的检查方法，见[复发性流产的诊断与检查](topics/diagnosis)。',
        },
      ],
    },
  },
  {
    slug: 'hormone-treatment',
    title: {
      en: 'Progesterone and thyroid treatment',
      zh: '孕激素（黄体酮）与甲状腺治疗',
    },
    summary: {
      en: 'Progesterone should be considered for women who bleed in early pregnancy and have miscarried before, once a scan shows the pregnancy is in the womb; the benefit is clearest after 3 or more miscarriages. It is not a fix for every cause. Levothyroxine treats an underactive thyroid.',
      zh: '既往有流产史、此次孕早期出现阴道流血，且超声已证实为宫内妊娠的女性，应考虑使用黄体酮；既往流产3次及以上者获益最明确。黄体酮并不是适用于所有病因的“保胎万能药”。临床甲减应使用左甲状腺素治疗。',
    },
    sources: ['rcog-gtg17-2023', 'nice-ng126', 'prism-2019', 'eshre-2022', 'asrm-2012'],
    body: {
      en: [
        { type: 'h2', text: 'Progesterone' },
        {
          type: 'p',
          text: 'Progesterone is the hormone that supports the lining of the womb in early pregnancy. Because of this, it has long been given "to hold the pregnancy", and you may read that it helps everyone with recurrent miscarriage. Large trials have given a more precise answer.',
        },
        {
          type: 'ul',
          items: [
            'The RCOG guideline (2023) and NICE (NG126) advise that **vaginal micronised progesterone** should be considered, or offered, to women who have **bleeding in early pregnancy**, have had **at least 1 previous miscarriage**, and whose scan has shown that the pregnancy is **in the womb**.',
            'The evidence comes mainly from the PRISM trial (2019). Overall, progesterone made little difference; the benefit was clearest for women with **3 or more** previous miscarriages, of whom 72% had a baby with progesterone compared with 57% with a placebo.',
            'For women without bleeding, the evidence that progesterone prevents another miscarriage is weak.',
            'Progesterone is not a general fix for every cause: it cannot correct a chromosome change in the embryo, for example.',
          ],
        },
        {
          type: 'p',
          text: 'In the trial, women used 400 mg of vaginal progesterone twice a day from the time of bleeding until 16 weeks. In China, dydrogesterone tablets and progesterone injections are also widely used; there is less evidence for these forms in this situation, so ask why a particular form is suggested. Your team will explain the form, the dose and how long to continue. Progesterone is generally considered safe in pregnancy, and side effects such as vaginal discharge or breast tenderness are usually mild.',
        },
        { type: 'h2', text: 'Thyroid treatment' },
        {
          type: 'p',
          text: 'Thyroid problems and the tests for them are described under [hormonal causes](causes/endocrine).',
        },
        {
          type: 'ul',
          items: [
            '**Overt hypothyroidism** is treated with **levothyroxine**, a daily tablet that replaces the missing hormone. The dose is adjusted to blood tests, ideally before pregnancy, and usually needs to rise once you are pregnant, so tell your doctor as soon as a pregnancy test is positive.',
            '**Subclinical hypothyroidism**: whether to treat is an individual decision, weighing test results, antibodies and your history.',
            '**Normal thyroid function with TPO antibodies**: levothyroxine has not been shown to prevent miscarriage, but thyroid tests may be repeated during pregnancy.',
          ],
        },
        {
          type: 'p',
          text: 'An overactive thyroid is treated too, by a specialist, because the choice of medicine needs care around pregnancy.',
        },
        { type: 'h2', text: 'Other hormonal conditions' },
        {
          type: 'p',
          text: 'Diabetes should be well controlled before trying again, with the help of your diabetes team. Other hormone treatments, such as hCG injections, lack good evidence in recurrent miscarriage and are not routinely recommended. Aspirin and heparin for antiphospholipid syndrome are covered under [immune treatments](treatments/immune-treatments).',
        },
        { type: 'h2', text: 'Questions to ask' },
        {
          type: 'ul',
          items: [
            'If I bleed in my next pregnancy, should I use progesterone, and whom do I call?',
            'Is my thyroid treatment at the right level before I try again?',
          ],
        },
      ],
      zh: [
        { type: 'h2', text: '孕激素（黄体酮）' },
        {
          type: 'p',
          text: '孕酮是维持子宫内膜、支持早期妊娠的激素，因此长期以来被用来“保胎”，不少人认为复发性流产都应该补。近年来的大型临床试验给出了更精确的答案：',
        },
        {
          type: 'ul',
          items: [
            'RCOG指南（2023）和NICE指南（NG126）建议：**此次孕早期出现阴道流血**、**既往至少有1次流产**，且超声已证实为**宫内妊娠**的女性，应考虑或推荐使用**阴道微粒化黄体酮**。',
            '证据主要来自PRISM试验（2019）。总体而言，黄体酮的作用不大；获益最明确的是既往流产**3次及以上**的女性：使用黄体酮者72%生下孩子，使用安慰剂者为57%。',
            '没有阴道流血的女性，黄体酮能否预防再次流产，证据较弱。',
            '黄体酮不是“万能保胎药”，例如它无法纠正胚胎染色体异常。',
          ],
        },
        {
          type: 'p',
          text: '试验中的用法是：从出血开始至孕16周，阴道用黄体酮400 mg，每天两次。在我国，口服地屈孕酮和肌内注射黄体酮也很常用；在这种情况下，这些剂型的证据较少，可以问问医生为什么推荐某种剂型。医生会说明剂型、剂量和疗程。黄体酮在孕期使用总体安全，阴道分泌物增多、乳房胀痛等副作用通常较轻。',
        },
        { type: 'h2', text: '甲状腺治疗' },
        {
          type: 'p',
          text: '甲状腺相关问题及检查，见[内分泌因素](causes/endocrine)。',
        },
        {
          type: 'ul',
          items: [
            '**临床甲减**：口服**左甲状腺素**补充甲状腺激素，根据化验结果调整剂量，最好孕前就调整到位。怀孕后需要量通常会增加，验孕阳性后应尽快告知医生。',
            '**亚临床甲减**：是否用药需结合化验结果、抗体情况和既往病史个体化决定。',
            '**甲功正常、仅TPOAb阳性**：目前没有证据表明服用左甲状腺素能预防流产，但孕期可能需要复查甲功。',
          ],
        },
        {
          type: 'p',
          text: '甲状腺功能亢进同样需要治疗，由于孕前孕期的用药选择比较讲究，应在内分泌专科医生指导下进行。',
        },
        { type: 'h2', text: '其他内分泌问题' },
        {
          type: 'p',
          text: '糖尿病患者应在再次备孕前与内分泌科医生一起把血糖控制好。其他激素治疗（如注射hCG）用于复发性流产缺乏可靠证据，不作为常规推荐。抗磷脂综合征的阿司匹林联合肝素治疗，见[免疫相关治疗](treatments/immune-treatments)。',
        },
        { type: 'h2', text: '可以问医生的问题' },
        {
          type: 'ul',
          items: [
            '如果下次怀孕出现出血，我是否适合用黄体酮？该联系谁？',
            '再次备孕前，我的甲状腺治疗是否已经调整到位？',
          ],
        },
      ],
    },
  },
  {
    slug: 'immune-treatments',
    title: {
      en: 'Immune treatments',
      zh: '免疫相关治疗',
    },
    summary: {
      en: 'For antiphospholipid syndrome, low-dose aspirin with heparin in pregnancy is supported by guidelines. Steroids, immunoglobulin, intralipid and similar immune treatments are not recommended outside research, and ESHRE advises against lymphocyte immunotherapy altogether.',
      zh: '对抗磷脂综合征，孕期使用低剂量阿司匹林联合低分子肝素有指南支持。糖皮质激素、免疫球蛋白、脂肪乳等免疫治疗不建议在临床研究之外使用；ESHRE明确反对淋巴细胞免疫治疗。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023', 'asrm-2012', 'cn-consensus-2020', 'lund-2012'],
    body: {
      en: [
        { type: 'h2', text: 'The treatment with good support: aspirin and heparin for APS' },
        {
          type: 'p',
          text: 'If you have confirmed [antiphospholipid syndrome](causes/immune), guidelines recommend **low-dose aspirin** together with **heparin** during pregnancy. The heparin, usually a low-molecular-weight heparin, is given as a small daily injection under the skin, which most women learn to do themselves. Treatment usually starts early in pregnancy, and your team will decide when to begin the aspirin and how long to continue both.',
        },
        {
          type: 'p',
          text: 'The combination lowers the risk that clotting affects the placenta. Side effects are usually limited to bruising where the injections go in. Pregnancies in women with APS are also monitored more closely, because the condition can affect later pregnancy too.',
        },
        { type: 'h2', text: 'Treatments that are not recommended' },
        {
          type: 'p',
          text: 'You may come across the idea that recurrent miscarriage is often caused by an "overactive" immune system, and that suppressing it helps. Current guidelines do not support this. The following are **not recommended outside research studies**, because trials have not shown that they lead to more live births, and some have real side effects:',
        },
        {
          type: 'ul',
          items: [
            'steroids such as prednisolone;',
            'intravenous immunoglobulin (IVIG);',
            'intralipid infusions;',
            "immunisation with the partner's white blood cells (lymphocyte immunotherapy), which ESHRE advises against in all cases;",
            'other agents, such as G-CSF or anti-TNF drugs.',
          ],
        },
        {
          type: 'p',
          text: 'The tests often used to justify these treatments, such as natural killer cell, HLA or cytokine tests, are not recommended routinely either. Some clinics still offer these treatments; that does not make them proven.',
        },
        { type: 'h2', text: 'Aspirin and heparin without APS' },
        {
          type: 'p',
          text: 'For unexplained recurrent miscarriage, or for an inherited clotting condition on its own, aspirin and heparin have not been shown to improve the chance of a live birth and are not recommended for that purpose. If you need them for another medical reason, such as a previous blood clot, your doctor will advise you.',
        },
        { type: 'h2', text: 'If you are offered an immune treatment' },
        {
          type: 'p',
          text: 'Ask what it is for, what evidence supports it, what it costs and what the side effects are. Taking part in a well-run clinical trial is a safe way to try a new treatment, except for lymphocyte immunotherapy, which should not be used. Remember that many women with recurrent miscarriage go on to have a baby (about 2 in 3 within 5 years in one Danish study, Lund 2012), and good supportive care is part of treatment in itself: see [psychological support](treatments/psychological-support).',
        },
      ],
      zh: [
        { type: 'h2', text: '证据明确的方案：抗磷脂综合征的抗凝治疗' },
        {
          type: 'p',
          text: '确诊[抗磷脂综合征](causes/immune)的女性，指南推荐孕期使用**低剂量阿司匹林**联合**低分子肝素**。低分子肝素每天皮下注射，多数患者经过指导后可以自行注射。治疗通常在妊娠早期开始，何时开始服用阿司匹林、阿司匹林和肝素各用到何时，由医生根据具体情况决定。',
        },
        {
          type: 'p',
          text: '这一方案可以减少血栓对胎盘的影响，常见的副作用主要是注射部位瘀青。APS患者孕期还需要更密切的产前检查，因为这种疾病也可能影响妊娠中晚期。',
        },
        { type: 'h2', text: '不推荐的治疗' },
        {
          type: 'p',
          text: '有一种流行的观点认为，复发性流产多由免疫“过强”引起，需要抑制免疫。现行指南并不支持这种做法。以下治疗**不建议在临床研究之外使用**，因为研究未证实它们能提高活产率，部分还有明确的副作用：',
        },
        {
          type: 'ul',
          items: [
            '泼尼松等糖皮质激素；',
            '静脉注射免疫球蛋白（IVIG）；',
            '脂肪乳输注；',
            '用伴侣的白细胞进行免疫（淋巴细胞免疫治疗），ESHRE明确反对在任何情况下使用；',
            '粒细胞集落刺激因子（G-CSF）、肿瘤坏死因子（TNF）抑制剂等。',
          ],
        },
        {
          type: 'p',
          text: '常被用来“支持”这些治疗的NK细胞、HLA配型、细胞因子等检查，同样不推荐常规开展。仍有一些机构提供上述治疗，但这并不代表它们已被证实有效。',
        },
        { type: 'h2', text: '没有APS时的阿司匹林和肝素' },
        {
          type: 'p',
          text: '对于不明原因复发性流产，或者仅有遗传性易栓症者，目前没有证据表明阿司匹林或肝素能提高活产率，不推荐为此使用。如果您因为其他疾病（如既往血栓史）需要抗凝，请遵医嘱。',
        },
        { type: 'h2', text: '如果医生建议免疫治疗' },
        {
          type: 'p',
          text: '可以问清楚：治疗针对什么问题、有哪些证据、费用多少、有什么副作用。参加规范的临床研究，是安全尝试新疗法的好方式；但淋巴细胞免疫治疗不应使用。请记住，许多复发性流产女性最终能够生下孩子（丹麦的一项研究中，约2/3在5年内生下孩子，Lund 2012），良好的支持性照护本身就是治疗的一部分，见[心理支持与咨询](treatments/psychological-support)。',
        },
      ],
    },
  },
  {
    slug: 'infection-treatment',
    title: {
      en: 'Treating infection',
      zh: '感染的治疗',
    },
    summary: {
      en: 'When an infection is found, it is treated with the right antibiotic or antiviral medicine, or followed up by a specialist. Routine infection screening to explain recurrent miscarriage is not recommended.',
      zh: '查出感染时，应使用合适的抗生素或抗病毒药物治疗，或由专科医生评估随访。不推荐为解释复发性流产而常规进行感染筛查。',
    },
    sources: ['rcog-gtg17-2023', 'eshre-2022'],
    body: {
      en: [
        { type: 'h2', text: 'Treat what is found, rather than search for everything' },
        {
          type: 'p',
          text: 'Infections can cause a single miscarriage but are not an established cause of repeated losses (see [infections](causes/infection)). Guidelines therefore recommend treating infections that come to light through symptoms or routine care, rather than screening every woman with recurrent miscarriage for a long list of infections.',
        },
        { type: 'h2', text: 'How common infections are handled' },
        {
          type: 'ul',
          items: [
            '**Bacterial infections**, such as chlamydia, gonorrhoea, or bacterial vaginosis that causes symptoms, are treated with antibiotics chosen to be safe around pregnancy. A partner may need treatment too, to avoid reinfection.',
            '**Toxoplasmosis** found during pregnancy is managed by specialists, who may recommend specific antibiotics and closer monitoring of the baby.',
            '**Cytomegalovirus (CMV)** has no routine cure. If a new infection is found in pregnancy, a fetal medicine specialist explains what it means and how the pregnancy will be followed. Antiviral medicine is used only in selected cases.',
            '**Listeria** and other serious infections with fever need prompt medical care.',
          ],
        },
        {
          type: 'p',
          text: 'If a recent infection is found before you conceive, your doctor can advise how long to wait before trying again.',
        },
        { type: 'h2', text: 'What is not recommended' },
        {
          type: 'p',
          text: 'Courses of antibiotics "just in case", without a diagnosed infection, are not recommended: they do not prevent miscarriage and can cause side effects and resistance. A positive antibody test that only shows a past infection (for example, IgG antibodies to CMV or toxoplasma) does not need treatment.',
        },
        { type: 'h2', text: 'After a miscarriage' },
        {
          type: 'p',
          text: 'Fever, worsening pain or a smelly discharge after a miscarriage can mean an infection of the womb and need urgent care; see [symptoms](topics/symptoms).',
        },
        { type: 'h2', text: 'Prevention' },
        {
          type: 'p',
          text: 'Simple food and hygiene precautions lower the chance of toxoplasmosis and CMV in your next pregnancy. They are listed under [prevention](topics/prevention).',
        },
      ],
      zh: [
        { type: 'h2', text: '查出什么治什么，而不是“全面撒网”' },
        {
          type: 'p',
          text: '感染可能导致某一次流产，但并不是反复流产的明确病因（见[感染因素](causes/infection)）。因此，指南主张对因症状或常规检查而发现的感染进行规范治疗，而不是让每一位复发性流产患者都去做一长串感染筛查。',
        },
        { type: 'h2', text: '常见感染的处理' },
        {
          type: 'ul',
          items: [
            '**细菌感染**：如衣原体、淋球菌感染，或有症状的细菌性阴道病，应选用孕前、孕期安全的抗生素治疗；必要时伴侣同治，避免反复感染。',
            '**弓形虫**：孕期确诊急性感染时，由专科医生评估是否需要特定药物治疗，并加强对胎儿的监测。',
            '**巨细胞病毒**：目前没有常规的根治方法。孕期发现新近感染时，应由胎儿医学专科医生解释其意义并制定随访方案，抗病毒药物仅用于部分特定情况。',
            '**李斯特菌**等伴有发热的严重感染：需及时就医。',
          ],
        },
        {
          type: 'p',
          text: '如果在孕前查出近期感染，可以请医生建议间隔多久再备孕。',
        },
        { type: 'h2', text: '不推荐的做法' },
        {
          type: 'p',
          text: '没有明确感染时“预防性”地使用抗生素，既不能预防流产，还可能带来副作用和耐药。仅提示既往感染的抗体阳性（如巨细胞病毒或弓形虫IgG阳性），一般不需要治疗。',
        },
        { type: 'h2', text: '流产后的感染' },
        {
          type: 'p',
          text: '流产后出现发热、腹痛加重或阴道分泌物有异味，可能提示宫腔感染，应尽快就医，见[症状与就医时机](topics/symptoms)。',
        },
        { type: 'h2', text: '预防' },
        {
          type: 'p',
          text: '注意饮食卫生和手部卫生，可以降低再次怀孕时感染弓形虫和巨细胞病毒的机会，具体见[预防与孕前准备](topics/prevention)。',
        },
      ],
    },
  },
  {
    slug: 'pgt-ivf',
    title: {
      en: 'IVF with preimplantation genetic testing',
      zh: '试管婴儿与胚胎植入前遗传学检测',
    },
    summary: {
      en: 'Testing embryos before transfer (PGT) has a role when a parent carries a known chromosome rearrangement. Testing embryos for chromosome number (PGT-A) is not recommended for unexplained recurrent miscarriage.',
      zh: '夫妻一方为已知染色体结构重排携带者时，胚胎植入前遗传学检测（PGT）有其适用价值；对不明原因复发性流产，ESHRE不推荐进行胚胎非整倍体筛查（PGT-A）。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023', 'asrm-2012'],
    body: {
      en: [
        { type: 'h2', text: 'What preimplantation genetic testing is' },
        {
          type: 'p',
          text: 'Preimplantation genetic testing (PGT), once called preimplantation genetic diagnosis (PGD), is done as part of IVF. Eggs are fertilised in the laboratory, a few cells are taken from each embryo, and their chromosomes or genes are tested. Only embryos without the problem being looked for are transferred to the womb. There are different types:',
        },
        {
          type: 'ul',
          items: [
            '**PGT-SR** looks for unbalanced chromosomes when a parent carries a structural rearrangement, such as a balanced translocation.',
            '**PGT-M** tests for a specific single-gene condition known in the family.',
            '**PGT-A** screens embryos for an abnormal number of chromosomes (aneuploidy) when there is no known problem in either parent.',
          ],
        },
        { type: 'h2', text: 'When it may help' },
        {
          type: 'p',
          text: 'If one partner carries a known chromosomal rearrangement (see [genetic causes](causes/genetic)), preimplantation testing has a role. It can lower the chance that an unbalanced embryo is transferred, and with it the chance of another miscarriage from this cause. It is not the only option: many carriers have a healthy baby by conceiving naturally, with testing during pregnancy if they wish. The choice depends on age, fertility, the type of rearrangement, cost and how you feel about IVF.',
        },
        { type: 'h2', text: 'When it is not recommended' },
        {
          type: 'p',
          text: 'You may read that testing embryos is a way to "select healthy embryos" for anyone with recurrent miscarriage. The ESHRE guideline does **not** recommend PGT-A for couples with unexplained recurrent miscarriage, because it has not been shown to increase the chance of having a baby. IVF also brings its own burdens: medicines and procedures, costs, a risk of ovarian hyperstimulation, and the possibility that no suitable embryo is available.',
        },
        { type: 'h2', text: 'Genetic counselling first' },
        {
          type: 'p',
          text: 'Before deciding, couples should be offered **genetic counselling**. A genetic counsellor or clinical geneticist explains the rearrangement, the chances in a natural pregnancy, what PGT can and cannot detect, and the alternatives, which also include donor eggs or sperm, or deciding not to try again. These conversations can be emotional; [psychological support](treatments/psychological-support) can help you think them through.',
        },
        { type: 'h2', text: 'Questions to ask' },
        {
          type: 'ul',
          items: [
            'What are our chances with natural conception compared with IVF and PGT?',
            'Which type of PGT would be used, and how reliable is it?',
            'What does it cost, and how many cycles might we need?',
          ],
        },
      ],
      zh: [
        { type: 'h2', text: '什么是胚胎植入前遗传学检测' },
        {
          type: 'p',
          text: '**胚胎植入前遗传学检测（PGT）**，过去常称为胚胎植入前遗传学诊断（PGD），俗称“第三代试管婴儿”，需要在体外受精（试管婴儿）周期中进行：卵子在实验室受精形成胚胎后，从每个胚胎取少量细胞检测染色体或基因，只移植未检出相应问题的胚胎。主要分为：',
        },
        {
          type: 'ul',
          items: [
            '**PGT-SR**：夫妻一方携带平衡易位等染色体结构重排时，检测胚胎染色体是否平衡；',
            '**PGT-M**：针对家族中已知的单基因遗传病；',
            '**PGT-A**：在夫妻双方均无已知染色体问题时，筛查胚胎染色体数目是否异常（非整倍体）。',
          ],
        },
        { type: 'h2', text: '哪些情况可能获益' },
        {
          type: 'p',
          text: '如果夫妻一方是已知的染色体结构重排携带者（见[遗传因素](causes/genetic)），PGT有其用武之地：它可以减少移植染色体不平衡胚胎的机会，从而降低因此再次流产的风险。但这并不是唯一的选择，不少携带者通过自然妊娠、孕期配合产前诊断，同样生下了健康的孩子。如何选择，要综合考虑女方年龄、生育力、重排类型、费用以及夫妻对试管婴儿的接受程度。',
        },
        { type: 'h2', text: '哪些情况不推荐' },
        {
          type: 'p',
          text: '常有人认为，只要反复流产，做“三代试管”筛选健康胚胎就能解决问题。ESHRE指南**不推荐**对不明原因复发性流产的夫妇进行PGT-A，因为没有证据表明它能提高活产机会。试管婴儿本身也有代价：促排卵用药和手术操作、较高的费用、卵巢过度刺激综合征的风险，以及可能没有可移植胚胎的情况。',
        },
        { type: 'h2', text: '先做遗传咨询' },
        {
          type: 'p',
          text: '做决定之前，夫妻应先接受**遗传咨询**。遗传咨询医生会解释重排的类型、自然妊娠的机会、PGT能检测和不能检测的内容，以及其他选择，包括使用供卵、供精，或决定不再尝试。这个过程往往情绪起伏较大，[心理支持](treatments/psychological-support)可以帮助夫妻理清思路。',
        },
        { type: 'h2', text: '可以问医生的问题' },
        {
          type: 'ul',
          items: [
            '与自然试孕相比，试管婴儿加PGT对我们的成功机会有多大差别？',
            '会采用哪种PGT？准确性如何？',
            '费用大概多少？可能需要几个周期？',
          ],
        },
      ],
    },
  },
  {
    slug: 'psychological-support',
    title: {
      en: 'Psychological support and counselling',
      zh: '心理支持与咨询',
    },
    summary: {
      en: 'Care in a dedicated recurrent miscarriage clinic, with early pregnancy scans and access to counselling, helps women and couples through investigations and the next pregnancy. It is part of treatment, not an extra.',
      zh: '在复发性流产专科门诊接受连续照护，孕早期安排超声检查，并能获得心理咨询，可以帮助女性和家庭度过检查和再次妊娠的过程。这是治疗的一部分，而不是“额外服务”。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023'],
    body: {
      en: [
        { type: 'h2', text: 'Why support is part of treatment' },
        {
          type: 'p',
          text: 'Recurrent miscarriage brings grief and anxiety, and for some people depression or symptoms of trauma. It affects partners too. Guidelines recognise that the way care is organised matters: women and couples should be treated with respect, given clear information and offered emotional support. For the many couples in whom no cause is found, good supportive care is the main treatment.',
        },
        { type: 'h2', text: 'What supportive care looks like' },
        {
          type: 'ul',
          items: [
            '**A dedicated clinic**: being seen in a specialist recurrent miscarriage clinic, ideally by a team you get to know, with a clear plan for investigations and for the next pregnancy.',
            '**Early pregnancy scans**: reassurance scans in early pregnancy, and a known contact to call if there is bleeding or pain.',
            '**Counselling**: access to a counsellor or psychologist before, during and after the next pregnancy. Talking therapies can help with anxiety, low mood and the fear of another loss.',
            '**Information**: honest explanations of test results, including when no cause is found, and of which treatments are and are not supported.',
            '**Peer support**: charities and support groups where you can talk with others who have been through the same thing.',
          ],
        },
        { type: 'h2', text: 'Support for lifestyle changes' },
        {
          type: 'p',
          text: 'Changing habits is easier with help. Stop-smoking services, advice on weight and diet, and support with alcohol are part of preparing for another pregnancy; see [lifestyle and environment](causes/lifestyle-environment).',
        },
        { type: 'h2', text: 'When to ask for more help' },
        {
          type: 'p',
          text: 'Ask your doctor or midwife for help if low mood, anxiety or panic last for weeks, if you cannot sleep or manage day to day, or if you have thoughts of harming yourself. These reactions are common after pregnancy loss, and they can be treated. If you ever feel unsafe, contact emergency services.',
        },
        { type: 'h2', text: 'Partners' },
        {
          type: 'p',
          text: 'Partners often feel they must be the strong one and put their own grief aside. They are welcome at clinic appointments and in counselling, and they can seek support of their own. Questions and pressure from relatives can add to the strain; if it helps, ask your doctor to explain things to your family. More on coping, for both of you, is under [emotional support](topics/emotional-support).',
        },
      ],
      zh: [
        { type: 'h2', text: '为什么心理支持也是治疗' },
        {
          type: 'p',
          text: '反复流产常带来悲伤和焦虑，部分女性还会出现抑郁或创伤后应激症状，伴侣同样会受到影响。指南强调，照护的组织方式本身就很重要：应当尊重患者、提供清晰的信息，并给予情绪上的支持。对于大量查不出明确原因的夫妇，良好的支持性照护就是最主要的“治疗”。',
        },
        { type: 'h2', text: '支持性照护包括什么' },
        {
          type: 'ul',
          items: [
            '**专科门诊**：在复发性流产专病门诊就诊，最好由相对固定的医生团队随访，对检查和下一次妊娠有清晰的计划；',
            '**孕早期超声**：再次怀孕后适时安排超声检查，出现出血或腹痛时知道该联系谁；',
            '**心理咨询**：在备孕、孕期和流产后都能获得心理咨询或心理治疗，帮助缓解焦虑、低落以及对再次流产的恐惧；',
            '**充分的信息**：如实解释检查结果（包括查不出原因的情况），说明哪些治疗有证据支持、哪些没有；',
            '**同伴支持**：病友互助团体和公益组织，让您与有相似经历的人交流。',
          ],
        },
        { type: 'h2', text: '生活方式调整也需要支持' },
        {
          type: 'p',
          text: '改变习惯并不容易，借助戒烟门诊、营养与体重管理指导等专业帮助，会更容易坚持，见[生活方式与环境因素](causes/lifestyle-environment)。',
        },
        { type: 'h2', text: '什么时候需要寻求更多帮助' },
        {
          type: 'p',
          text: '如果情绪低落、焦虑或惊恐持续数周，严重影响睡眠和日常生活，或者出现伤害自己的念头，请及时告诉医生，或到心理科、精神科就诊。这些反应在妊娠丢失后并不少见，而且可以治疗。如果感到自身安全受到威胁，请立即拨打急救电话或前往急诊。',
        },
        { type: 'h2', text: '伴侣与家人' },
        {
          type: 'p',
          text: '伴侣常常觉得自己必须“撑住”，而把悲伤藏在心里。欢迎伴侣一同就诊、一起参加心理咨询，也可以为自己寻求支持。家中长辈的关心和追问有时会变成压力，如有需要，可以请医生帮忙向家人解释。更多内容见[心理与情绪支持](topics/emotional-support)。',
        },
      ],
    },
  },
  {
    slug: 'cerclage',
    title: {
      en: 'Cervical cerclage (a stitch in the cervix)',
      zh: '宫颈环扎术',
    },
    summary: {
      en: 'A cerclage is a stitch placed around the cervix to help keep it closed. It helps selected women with cervical insufficiency, chosen from their history or from scans of the cervix; it does not prevent first-trimester miscarriage.',
      zh: '宫颈环扎术是在宫颈周围缝合一圈，帮助宫颈保持闭合。它适用于根据既往病史或宫颈超声判断为宫颈机能不全的部分女性，并不能预防孕早期流产。',
    },
    sources: ['rcog-gtg60-2022', 'cn-consensus-2020'],
    body: {
      en: [
        { type: 'h2', text: 'What cerclage is' },
        {
          type: 'p',
          text: 'A cervical cerclage is a strong stitch placed around the cervix, usually through the vagina, under a spinal or general anaesthetic. It helps a weak cervix stay closed. Most women go home the same day or the next. A stitch placed through the vagina is usually removed at about 36 to 37 weeks, or sooner if labour starts.',
        },
        { type: 'h2', text: 'Who it may help' },
        {
          type: 'ul',
          items: [
            '**A planned (history-indicated) stitch**, usually at 12 to 14 weeks, for women whose history points strongly to [cervical insufficiency](causes/cervical-insufficiency), such as 3 or more second-trimester losses or preterm births (RCOG).',
            '**A scan-indicated stitch**, when the cervix measures 25 mm or less before 24 weeks in a woman who has had a second-trimester loss or preterm birth.',
            '**An emergency (rescue) stitch**, sometimes considered when the cervix has already started to open; a specialist decides case by case.',
          ],
        },
        { type: 'h2', text: 'Who it is not for' },
        {
          type: 'p',
          text: 'A stitch does not prevent first-trimester miscarriages, which usually have other causes, most often a chance chromosome change in the embryo (see [genetic causes](causes/genetic)). When a short cervix is found in a woman with no earlier loss, UK guidance usually offers vaginal progesterone rather than a stitch.',
        },
        { type: 'h2', text: 'Risks' },
        {
          type: 'p',
          text: 'Possible problems include bleeding, infection, the waters breaking early and, rarely, a tear of the cervix if labour starts with the stitch still in place. Your team will explain what to look out for and how to reach them.',
        },
        { type: 'h2', text: 'After the stitch' },
        {
          type: 'p',
          text: 'Most women can return to ordinary activities; strict bed rest has not been shown to help. Contact your maternity unit straight away if you have bleeding, a gush or trickle of fluid, cramps or tightenings, or a fever. These warning signs are also listed under [symptoms](topics/symptoms).',
        },
        { type: 'h2', text: 'Questions to ask' },
        {
          type: 'ul',
          items: [
            'Is a planned stitch or monitoring by scans better for me?',
            'When would the stitch be placed, and when removed?',
            'Whom do I call if I notice a warning sign?',
          ],
        },
      ],
      zh: [
        { type: 'h2', text: '什么是宫颈环扎术' },
        {
          type: 'p',
          text: '宫颈环扎术是用缝线在宫颈周围缝合一圈，多数经阴道操作，在椎管内麻醉或全身麻醉下进行，目的是帮助机能不全的宫颈保持闭合。多数人当天或第二天即可出院。经阴道环扎的缝线一般在孕36到37周左右拆除；如果提前临产，则需提前拆线。',
        },
        { type: 'h2', text: '哪些人可能获益' },
        {
          type: 'ul',
          items: [
            '**预防性（病史指征）环扎**：一般在孕12到14周进行，适用于既往经过高度提示[宫颈机能不全](causes/cervical-insufficiency)者，例如有3次及以上孕中期流产或早产史（RCOG）。',
            '**超声指征环扎**：既往有孕中期流产或早产史，24周前超声测得宫颈长度不超过25 mm时。',
            '**紧急（补救性）环扎**：宫颈已经开始扩张时有时会考虑，由专科医生个体化决定。',
          ],
        },
        { type: 'h2', text: '哪些情况不适用' },
        {
          type: 'p',
          text: '环扎不能预防孕早期流产，后者多另有原因，最常见的是胚胎偶发的染色体异常（见[遗传因素](causes/genetic)）。对于既往没有流产或早产史、偶然发现宫颈短的女性，英国指南通常建议使用阴道用黄体酮，而不是环扎。',
        },
        { type: 'h2', text: '风险' },
        {
          type: 'p',
          text: '可能的问题包括出血、感染、胎膜早破，以及少数情况下带线临产导致宫颈裂伤。医生会告诉您需要留意哪些情况、如何联系医护人员。',
        },
        { type: 'h2', text: '环扎之后' },
        {
          type: 'p',
          text: '多数人可以恢复日常活动，严格卧床并未被证明有益。如果出现阴道流血、阴道流液（一股或持续少量）、下腹坠痛或发紧、发热，请立即联系产科。这些警示信号也列在[症状与就医时机](topics/symptoms)中。',
        },
        { type: 'h2', text: '可以问医生的问题' },
        {
          type: 'ul',
          items: [
            '我更适合预防性环扎，还是先用超声监测？',
            '什么时候做环扎？什么时候拆线？',
            '出现警示信号时，我该联系谁？',
          ],
        },
      ],
    },
  },
]
