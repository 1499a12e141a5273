import type { SeedTopic } from './types'

export const topics: SeedTopic[] = [
  {
    slug: 'recurrent-miscarriage',
    order: 1,
    title: {
      en: 'Recurrent miscarriage: an overview',
      zh: '复发性流产概述',
    },
    summary: {
      en: 'Repeated pregnancy loss, defined differently by different guidelines. It affects about 1–2% of women trying to conceive, and no cause is found in about 40–50%. Many still have a baby: in one Danish study about 2 in 3 did within 5 years, fewer with older age and more losses.',
      zh: '复发性流产指反复发生的妊娠丢失，各指南定义不尽相同。约1%～2%的备孕女性受其影响，约40%～50%查不出明确原因。许多女性最终仍能生下孩子：丹麦的一项大型研究中，约2/3在5年内生下孩子；年龄越大、流产次数越多，机会越低。',
    },
    sources: [
      'eshre-2022',
      'rcog-gtg17-2023',
      'asrm-2012',
      'cn-consensus-2020',
      'cn-consensus-rsa-2022',
      'lund-2012',
    ],
    relatedTopics: ['symptoms', 'diagnosis', 'prevention', 'emotional-support'],
    causes: [
      'genetic',
      'anatomical',
      'cervical-insufficiency',
      'endocrine',
      'immune',
      'infection',
      'lifestyle-environment',
    ],
    treatments: [
      'hysteroscopic-surgery',
      'cerclage',
      'hormone-treatment',
      'immune-treatments',
      'infection-treatment',
      'pgt-ivf',
      'psychological-support',
    ],
    body: {
      en: [
        { type: 'h2', text: 'What recurrent miscarriage means' },
        {
          type: 'p',
          text: 'A miscarriage is the loss of a pregnancy before the baby could survive outside the womb. Most miscarriages happen once and are not repeated. **Recurrent miscarriage**, also called recurrent pregnancy loss (an older term is "habitual miscarriage"), describes repeated losses, and there is no single worldwide definition:',
        },
        {
          type: 'ul',
          items: [
            '**ESHRE** (Europe, 2022) counts **2 or more pregnancy losses**. They need not be consecutive, and losses seen only on a pregnancy test or never located on a scan (non-visualised losses) count too.',
            '**ASRM** (United States, 2012) counts **2 or more failed clinical pregnancies**, meaning pregnancies confirmed by ultrasound or tissue examination. In US usage a miscarriage is a loss before **20 weeks**.',
            '**RCOG** (United Kingdom, 2023) uses **3 or more first-trimester miscarriages**, not necessarily in a row, but encourages investigation after **2** when a cause is suspected.',
            'The **Chinese expert consensus** (2020 and 2022) counts **2 or more consecutive losses before 28 weeks**, including biochemical pregnancies (very early losses seen only on a pregnancy test).',
          ],
        },
        {
          type: 'p',
          text: 'In ESHRE and RCOG usage a miscarriage is a loss **before 24 weeks**; Chinese practice uses **28 weeks**. These differences mostly affect when tests start. See [how many miscarriages before tests?](faqs/how-many-miscarriages-before-tests)',
        },
        { type: 'h2', text: 'How common it is' },
        {
          type: 'p',
          text: 'Recurrent miscarriage affects roughly **1–2%** of women trying to conceive. Depending on the definition used, reported figures range from about 0.5% to 5%.',
        },
        { type: 'h2', text: 'Why it happens' },
        {
          type: 'p',
          text: 'Several kinds of cause are recognised, and some couples have more than one:',
        },
        {
          type: 'ul',
          items: [
            '[chromosome changes in the embryo or a parent](causes/genetic);',
            '[differences in the shape of the uterus](causes/anatomical);',
            '[a weak cervix (cervical insufficiency)](causes/cervical-insufficiency), which causes losses in the second trimester;',
            '[hormonal problems such as thyroid disease](causes/endocrine);',
            '[antiphospholipid syndrome and other immune factors](causes/immune);',
            '[infections](causes/infection), which can cause a single loss but rarely explain repeated ones;',
            '[lifestyle and environmental factors](causes/lifestyle-environment).',
          ],
        },
        {
          type: 'p',
          text: 'In about **40–50%** of couples no cause is found. This is called unexplained recurrent miscarriage. It is frustrating, but it also means that no problem has been found that is bound to repeat.',
        },
        { type: 'h2', text: 'Treatment and care' },
        {
          type: 'p',
          text: 'Treatment depends on what is found: [hysteroscopic surgery](treatments/hysteroscopic-surgery) for some uterine problems, a [cervical stitch](treatments/cerclage) for cervical insufficiency, [progesterone and thyroid treatment](treatments/hormone-treatment), aspirin and heparin for antiphospholipid syndrome ([immune treatments](treatments/immune-treatments)), [treating infection](treatments/infection-treatment) when one is found, and [IVF with genetic testing](treatments/pgt-ivf) for some chromosome problems. Some widely advertised treatments are not supported by current guidelines, and the pages on each treatment say so. For everyone, [psychological support](treatments/psychological-support) and care in a dedicated clinic matter.',
        },
        { type: 'h2', text: 'The outlook' },
        {
          type: 'p',
          text: 'Many women with recurrent miscarriage go on to have a baby, but no one can promise it. In a Danish study of 987 women seen at a specialist clinic after 3 or more miscarriages (Lund et al. 2012), 66.7% had a baby within 5 years of their first visit, and 71.1% within 15 years. The chances were lower with older age and with more previous losses.',
        },
        {
          type: 'p',
          text: 'These figures describe a group of women in one country, seen at one clinic some years ago; they cannot predict what will happen to you. Your doctor can explain what your age, history and test results mean for you. Read on about [symptoms](topics/symptoms), [diagnosis](topics/diagnosis), [prevention](topics/prevention) and [emotional support](topics/emotional-support).',
        },
        { type: 'h2', text: 'If you do not have a baby' },
        {
          type: 'p',
          text: 'About 1 in 3 women in that study had not had a baby 5 years after their first visit. Some people decide, at some point, to stop trying; some consider donor eggs or sperm through a licensed clinic, or adoption; others build a life without children. None of these is a failure. Grief can return at milestones, and support is there for this too: see [psychological support](treatments/psychological-support) and [what are my chances of having a baby?](faqs/what-are-my-chances-next-pregnancy)',
        },
      ],
      zh: [
        { type: 'h2', text: '什么是复发性流产' },
        {
          type: 'p',
          text: '流产是指胎儿具备生存能力之前发生的妊娠终止。绝大多数流产是偶发的，并不会反复发生。反复发生的妊娠丢失旧称“习惯性流产”，现在医学上称为**复发性流产**（也称复发性妊娠丢失）。目前国际上没有统一的定义：',
        },
        {
          type: 'ul',
          items: [
            '**ESHRE**（欧洲人类生殖与胚胎学学会，2022年）：**2次及以上**妊娠丢失，不要求连续；仅验孕阳性或超声始终未能定位的妊娠丢失（未显影的妊娠丢失）也计算在内；',
            '**ASRM**（美国生殖医学会，2012年）：**2次及以上**经超声或病理证实的临床妊娠失败；美国通常以妊娠**20周**作为流产的上限；',
            '**RCOG**（英国皇家妇产科医师学院，2023年）：**3次及以上**孕早期流产，不要求连续；但如果怀疑存在病理性原因，**2次**流产后即可开始检查；',
            '**我国专家共识**（2020年、2022年）：连续发生**2次及以上**、妊娠**28周前**的妊娠丢失，**包括生化妊娠**（仅验孕阳性、超声尚未见到孕囊即终止的极早期妊娠）。',
          ],
        },
        {
          type: 'p',
          text: 'ESHRE和RCOG通常以妊娠**24周**作为流产的上限，我国则以**28周**为界。这些差异主要影响何时开始检查，另见[流产几次需要做检查？](faqs/how-many-miscarriages-before-tests)',
        },
        { type: 'h2', text: '有多常见' },
        {
          type: 'p',
          text: '复发性流产约影响**1%～2%**的备孕女性；由于采用的定义不同，文献报道的发生率在0.5%～5%之间。',
        },
        { type: 'h2', text: '原因有哪些' },
        {
          type: 'p',
          text: '目前公认的病因有以下几类，部分患者可同时存在多种因素：',
        },
        {
          type: 'ul',
          items: [
            '[胚胎或夫妻染色体异常](causes/genetic)；',
            '[子宫解剖结构异常](causes/anatomical)；',
            '[宫颈机能不全](causes/cervical-insufficiency)：可导致孕中期流产；',
            '[甲状腺疾病等内分泌因素](causes/endocrine)；',
            '[抗磷脂综合征等免疫因素](causes/immune)；',
            '[感染](causes/infection)：可导致某一次流产，但很少能解释反复流产；',
            '[生活方式与环境因素](causes/lifestyle-environment)。',
          ],
        },
        {
          type: 'p',
          text: '约**40%～50%**的患者经过检查仍找不到明确原因，称为不明原因复发性流产。这让人沮丧，但换个角度看，也说明没有发现注定会重复出现的问题。',
        },
        { type: 'h2', text: '治疗与照护' },
        {
          type: 'p',
          text: '治疗取决于查出的原因：部分子宫问题可行[宫腔镜手术](treatments/hysteroscopic-surgery)；宫颈机能不全可行[宫颈环扎术](treatments/cerclage)；特定情况下使用[孕激素（黄体酮）与甲状腺治疗](treatments/hormone-treatment)；抗磷脂综合征使用阿司匹林联合低分子肝素（见[免疫相关治疗](treatments/immune-treatments)）；查出感染时进行[规范治疗](treatments/infection-treatment)；部分染色体问题可考虑[试管婴儿联合胚胎植入前遗传学检测](treatments/pgt-ivf)。市面上一些宣传很多的疗法并未得到现行指南的支持，各治疗页面会具体说明。无论哪种情况，[心理支持](treatments/psychological-support)和专科门诊的连续照护都很重要。',
        },
        { type: 'h2', text: '预后' },
        {
          type: 'p',
          text: '许多复发性流产女性最终能够生下孩子，但没有人能打包票。丹麦的一项研究追踪了987名经历3次及以上流产、在专科门诊就诊的女性（Lund等，2012年）：首次就诊后5年内，66.7%生下了孩子，15年内为71.1%。年龄越大、既往流产次数越多，机会越低。',
        },
        {
          type: 'p',
          text: '这些数字描述的是某个国家、某家专科门诊、若干年前的一组女性，无法预测您个人的结局。医生可以结合您的年龄、病史和检查结果具体分析。继续阅读：[症状与就医时机](topics/symptoms)、[诊断与检查](topics/diagnosis)、[预防与孕前准备](topics/prevention)、[心理与情绪支持](topics/emotional-support)。',
        },
        { type: 'h2', text: '如果最终没有孩子' },
        {
          type: 'p',
          text: '在这项研究中，约1/3的女性在首次就诊5年后仍没有生下孩子。有些人会在某个时候决定不再尝试；有些人会考虑在有资质的正规机构使用供卵或供精，或者领养；也有人选择过没有孩子的生活。这些都不是失败。悲伤可能在某些时刻再次涌上心头，这时同样可以寻求支持，见[心理支持与咨询](treatments/psychological-support)和[下次怀孕成功的机会有多大？](faqs/what-are-my-chances-next-pregnancy)',
        },
      ],
    },
  },
  {
    slug: 'symptoms',
    order: 2,
    title: {
      en: 'Symptoms: signs of miscarriage and when to get help',
      zh: '症状与就医时机',
    },
    summary: {
      en: 'There are no symptoms between pregnancies. During a pregnancy, bleeding, cramping or passing tissue can be signs of miscarriage, though some losses are found only on a scan. In the second trimester, leaking fluid or pressure low in the vagina can mean the cervix is opening, even without pain.',
      zh: '复发性流产在两次妊娠之间通常没有任何症状。怀孕期间出现阴道流血、下腹痛或有组织物排出，可能是流产的信号；也有些流产只在超声检查时才被发现。孕中期出现阴道流液或阴道下坠感，即使不痛，也可能是宫颈提前扩张的信号。',
    },
    sources: [
      'rcog-gtg17-2023',
      'nice-ng126',
      'rcog-gtg60-2022',
      'eshre-2022',
      'cn-consensus-2020',
    ],
    relatedTopics: ['recurrent-miscarriage', 'diagnosis', 'emotional-support'],
    causes: ['genetic', 'endocrine', 'cervical-insufficiency'],
    treatments: ['hormone-treatment', 'infection-treatment', 'psychological-support', 'cerclage'],
    body: {
      en: [
        { type: 'h2', text: 'Between pregnancies' },
        {
          type: 'p',
          text: 'Recurrent miscarriage is recognised from what has happened in past pregnancies. Between pregnancies there are usually no symptoms at all, and most women feel physically well. Some underlying causes have signs of their own, such as tiredness, feeling cold and weight gain with an [underactive thyroid](causes/endocrine).',
        },
        { type: 'h2', text: 'Signs that a pregnancy may be miscarrying' },
        {
          type: 'ul',
          items: [
            '**Vaginal bleeding**, from light spotting to heavy bleeding, sometimes with clots.',
            '**Cramping or pain** in the lower abdomen, or a dull ache in the lower back.',
            '**Passing tissue** or fluid from the vagina.',
            'Pregnancy symptoms such as nausea or breast tenderness fading, although these often come and go anyway and are not a reliable sign on their own.',
          ],
        },
        {
          type: 'p',
          text: 'Bleeding in early pregnancy is common and does not always mean a miscarriage; many pregnancies with bleeding continue normally. If you bleed, get checked first: a scan shows whether the pregnancy is in the womb and still developing. If it is, and you have miscarried before, ask about progesterone, which the RCOG and NICE advise in this situation (see [progesterone and thyroid treatment](treatments/hormone-treatment)).',
        },
        { type: 'h2', text: 'Losses without symptoms' },
        {
          type: 'p',
          text: 'Sometimes a scan shows that the pregnancy has stopped developing, with no heartbeat or an empty pregnancy sac, before there has been any bleeding or pain. This is called a missed or silent miscarriage, and it is often caused by a chance [chromosome change in the embryo](causes/genetic). It can come as a particular shock, and it is one reason early scans are offered in the next pregnancy.',
        },
        { type: 'h2', text: 'When to get urgent help' },
        {
          type: 'p',
          text: 'Contact your early pregnancy unit, your doctor or emergency services straight away if you have:',
        },
        {
          type: 'ul',
          items: [
            'heavy bleeding that soaks through pads quickly;',
            'severe pain, especially on one side, or pain in the tip of the shoulder, which can be a sign of an ectopic pregnancy;',
            'faintness, dizziness or feeling very unwell;',
            'fever, chills or a smelly discharge, which can signal an infection after a miscarriage (see [treating infection](treatments/infection-treatment));',
            'in the second trimester, a gush or trickle of fluid, pressure low in the vagina or a change in discharge, even without pain, which can be signs of the cervix opening (see [cervical insufficiency](causes/cervical-insufficiency)).',
          ],
        },
        { type: 'h2', text: 'If your blood group is RhD negative' },
        {
          type: 'p',
          text: 'If your blood group is RhD negative, you may need an anti-D injection to protect future pregnancies. For an early pregnancy loss, NICE (NG126) advises anti-D after surgery to remove the pregnancy, but not after a threatened miscarriage, a complete miscarriage or treatment with medicines alone. After a loss later in pregnancy it is usually given. Make sure your team knows your blood group.',
        },
        { type: 'h2', text: 'Keeping a record' },
        {
          type: 'p',
          text: 'Note the dates, the week of pregnancy, scan findings and any test results from each pregnancy, and keep any report on the pregnancy tissue. This history is the starting point for [diagnosis](topics/diagnosis) and helps your team plan care for next time. If it all feels overwhelming, see [emotional support](topics/emotional-support).',
        },
      ],
      zh: [
        { type: 'h2', text: '两次妊娠之间' },
        {
          type: 'p',
          text: '复发性流产是根据既往妊娠经过来诊断的，在两次妊娠之间通常没有任何症状，多数女性身体感觉正常。某些潜在病因可能有自身的表现，例如[甲状腺功能减退](causes/endocrine)引起的乏力、怕冷、体重增加。',
        },
        { type: 'h2', text: '流产的常见表现' },
        {
          type: 'ul',
          items: [
            '**阴道流血**：从少量褐色分泌物或点滴出血，到大量出血伴血块；',
            '**腹痛**：下腹阵发性坠痛、痉挛样疼痛，或腰骶部酸痛；',
            '**组织物排出**：阴道排出肉样组织或流液；',
            '早孕反应（恶心、乳房胀痛）突然减轻——但早孕反应本身就时轻时重，单凭这一点不能判断。',
          ],
        },
        {
          type: 'p',
          text: '孕早期阴道流血很常见，临床上称为“先兆流产”，很多出血的妊娠最终都能顺利继续。出血时请先就医检查：超声可以明确是否为宫内妊娠、胚胎是否仍在发育。如果是宫内妊娠，而您既往有过流产，可以向医生咨询黄体酮治疗，这是RCOG和NICE指南在这种情况下的建议（见[孕激素与甲状腺治疗](treatments/hormone-treatment)）。',
        },
        { type: 'h2', text: '没有症状的流产' },
        {
          type: 'p',
          text: '有时并没有出血或腹痛，超声却发现胚胎已停止发育，例如看不到胎心或只有空孕囊，俗称“胎停育”，医学上称为稽留流产。其常见原因是胚胎偶发的[染色体异常](causes/genetic)。这种情况往往让人措手不及，这也是再次怀孕时安排孕早期超声的原因之一。',
        },
        { type: 'h2', text: '出现以下情况请立即就医' },
        {
          type: 'p',
          text: '出现以下情况，请立即联系早孕门诊、您的医生或急救服务：',
        },
        {
          type: 'ul',
          items: [
            '阴道大量出血，卫生巾很快湿透；',
            '剧烈腹痛，尤其是一侧下腹痛或肩部疼痛，需警惕异位妊娠（宫外孕）；',
            '头晕、心慌、面色苍白，甚至晕厥；',
            '发热、寒战或阴道分泌物有异味，可能提示流产后感染（见[感染的治疗](treatments/infection-treatment)）；',
            '孕中期阴道突然流液或持续少量流液、阴道下坠感或分泌物改变，即使不痛，也可能是宫颈提前扩张的信号（见[宫颈机能不全](causes/cervical-insufficiency)）。',
          ],
        },
        { type: 'h2', text: '如果您是RhD阴性血型' },
        {
          type: 'p',
          text: '如果您的血型是RhD阴性，可能需要注射抗D免疫球蛋白，以保护今后的妊娠。对于孕早期妊娠丢失，NICE指南（NG126）建议在手术清除妊娠组织后注射，而先兆流产、完全流产或仅用药物处理时不需要。孕周较大时发生的流产，一般需要注射。请确认医护人员知道您的血型。',
        },
        { type: 'h2', text: '做好记录' },
        {
          type: 'p',
          text: '建议记录每次妊娠的日期、孕周、超声结果和化验结果，如有绒毛染色体检查报告请妥善保存。这些资料是[诊断](topics/diagnosis)的起点，也有助于医生规划下一次妊娠。如果感到难以承受，可以阅读[心理与情绪支持](topics/emotional-support)。',
        },
      ],
    },
  },
  {
    slug: 'diagnosis',
    order: 3,
    title: {
      en: 'Diagnosis: tests for recurrent miscarriage',
      zh: '复发性流产的诊断与检查',
    },
    summary: {
      en: 'Tests look for causes that can be treated: antiphospholipid antibodies, thyroid function, the shape of the uterus and chromosomes. Several popular tests, such as NK cell tests or routine infection screening, are not recommended.',
      zh: '检查的目的是寻找可以治疗的病因：抗磷脂抗体、甲状腺功能、子宫形态和染色体。NK细胞检测、常规感染筛查等不少热门检查，并不在指南推荐之列。',
    },
    sources: [
      'eshre-2022',
      'rcog-gtg17-2023',
      'asrm-2012',
      'cn-consensus-2020',
      'cn-consensus-rsa-2022',
    ],
    relatedTopics: ['recurrent-miscarriage', 'symptoms', 'prevention'],
    causes: [
      'genetic',
      'anatomical',
      'cervical-insufficiency',
      'endocrine',
      'immune',
      'infection',
      'lifestyle-environment',
    ],
    treatments: ['psychological-support'],
    body: {
      en: [
        { type: 'h2', text: 'When testing starts' },
        {
          type: 'p',
          text: 'Guidelines differ. ESHRE and ASRM support investigation after 2 losses. The RCOG defines recurrent miscarriage as 3 first-trimester losses but encourages investigation after 2 if a cause other than chance is suspected. The Chinese consensus recommends assessment after 2 consecutive losses. Your age and history matter too.',
        },
        { type: 'h2', text: 'History and examination' },
        {
          type: 'p',
          text: "The first step is a careful conversation: how many pregnancies, at what stage each one ended, what scans showed, any results on pregnancy tissue, your general health, medicines and lifestyle. Your partner's health and family history are relevant too.",
        },
        { type: 'h2', text: 'Tests the guidelines support' },
        {
          type: 'ul',
          items: [
            '**Antiphospholipid antibodies**: lupus anticoagulant and anticardiolipin antibodies, with anti-β2-glycoprotein I antibodies added by ESHRE. A positive result is repeated after at least 12 weeks. See [immune causes](causes/immune).',
            '**Thyroid function and TPO antibodies**. See [hormonal causes](causes/endocrine).',
            '**The shape of the uterus**, ideally by **3D ultrasound**, to look for a septate or bicornuate uterus and other differences. See [anatomical causes](causes/anatomical).',
            '**Genetic analysis of pregnancy tissue**: the RCOG advises it for the 3rd and any later miscarriage, while ESHRE does not recommend it routinely. **Parental karyotypes** are checked in selected cases, for example when the tissue shows an unbalanced rearrangement or could not be tested. See [genetic causes](causes/genetic).',
            '**The cervix**, if you have had a loss in the second trimester: scans of its length in the next pregnancy. See [cervical insufficiency](causes/cervical-insufficiency).',
          ],
        },
        {
          type: 'p',
          text: 'Your doctor may add other tests based on your history, such as blood sugar if diabetes is possible.',
        },
        { type: 'h2', text: 'Tests that are not routinely recommended' },
        {
          type: 'p',
          text: 'Many tests are offered, sometimes as a large "miscarriage panel". ESHRE and the RCOG advise against using the following routinely, because they do not reliably explain losses or lead to treatments that work:',
        },
        {
          type: 'ul',
          items: [
            'immune tests such as **natural killer (NK) cells**, **HLA** typing or **cytokines**;',
            'routine **infection screening**, such as a broad TORCH panel (see [infections](causes/infection));',
            '**sperm DNA** tests outside research (RCOG);',
            'tests for a "luteal phase defect", and most tests for inherited clotting conditions, except in selected cases.',
          ],
        },
        {
          type: 'p',
          text: 'Here the Chinese consensus differs: the 2022 consensus includes screening for a prethrombotic state (a tendency of the blood to clot), with clotting tests, in the assessment of recurrent miscarriage, which ESHRE and the RCOG do not recommend routinely. When many tests are suggested, it is fair to ask: would this result change my treatment?',
        },
        { type: 'h2', text: "The male partner's part" },
        {
          type: 'p',
          text: "A male partner's health plays a part too. ESHRE notes that an older male partner, and smoking, heavy drinking and obesity, may affect sperm and how a pregnancy goes, so the lifestyle advice under [prevention](topics/prevention) is for both of you. Chromosome tests of both partners (karyotypes) are done only in selected cases (see [genetic causes](causes/genetic)). The RCOG does not recommend sperm DNA fragmentation tests outside research; ESHRE says they can be considered to help explain losses, but no treatment based on them has been shown to help.",
        },
        { type: 'h2', text: 'If everything is normal' },
        {
          type: 'p',
          text: 'In about 40–50% of couples no cause is found. The tests were still worthwhile: ruling out treatable causes matters, and many women with unexplained recurrent miscarriage go on to have a baby, although no one can promise it (the [overview](topics/recurrent-miscarriage) gives figures). The [lifestyle factors](causes/lifestyle-environment) you can change, and supportive care in the next pregnancy, still apply.',
        },
        { type: 'h2', text: 'Questions to ask' },
        {
          type: 'ul',
          items: [
            'Which tests do you recommend for me, and why?',
            'What would each result change about my care?',
            'Who will explain the results, and when?',
          ],
        },
      ],
      zh: [
        { type: 'h2', text: '什么时候开始检查' },
        {
          type: 'p',
          text: '各指南的建议不尽相同：ESHRE和ASRM支持在2次流产后开始评估；RCOG将复发性流产定义为3次孕早期流产，但鼓励在怀疑并非偶然因素时，2次后即开始检查；我国专家共识建议连续2次流产后进行病因筛查。女方年龄和既往经过也是重要的考虑因素。',
        },
        { type: 'h2', text: '病史与体格检查' },
        {
          type: 'p',
          text: '第一步是详细询问病史：怀孕过几次、每次在孕多少周终止、超声结果如何、是否做过绒毛染色体检查，以及全身健康状况、用药和生活习惯。伴侣的健康状况和家族史同样重要。',
        },
        { type: 'h2', text: '指南推荐的检查' },
        {
          type: 'ul',
          items: [
            '**抗磷脂抗体**：狼疮抗凝物、抗心磷脂抗体，ESHRE另建议检测抗β2糖蛋白I抗体；阳性者需间隔至少12周复查。见[免疫因素](causes/immune)。',
            '**甲状腺功能及甲状腺过氧化物酶抗体（TPOAb）**。见[内分泌因素](causes/endocrine)。',
            '**子宫形态评估**：首选**三维（3D）超声**，明确有无纵隔子宫、双角子宫等畸形。见[解剖因素](causes/anatomical)。',
            '**妊娠组织染色体检测**：RCOG建议对第3次及以后的每次流产进行检测，ESHRE则不建议常规检测。特定情况下进行**夫妻染色体核型分析**（如绒毛提示不平衡的结构异常，或无法取得妊娠组织时）。见[遗传因素](causes/genetic)。',
            '**宫颈评估**：既往有孕中期流产者，再次怀孕后超声测量宫颈长度。见[宫颈机能不全](causes/cervical-insufficiency)。',
          ],
        },
        {
          type: 'p',
          text: '医生还可能根据病史增加其他检查，例如怀疑糖尿病时查血糖。',
        },
        { type: 'h2', text: '不建议常规做的检查' },
        {
          type: 'p',
          text: '不少机构提供名目繁多的检查，有时打包成“流产全套”。ESHRE和RCOG指南认为以下检查不宜常规开展，因为它们不能可靠地解释流产原因，也不能指导有效的治疗：',
        },
        {
          type: 'ul',
          items: [
            '**NK细胞**、**HLA配型**、**细胞因子**等免疫学检查；',
            '以寻找流产原因为目的的常规**感染筛查**，如TORCH检查（见[感染因素](causes/infection)）；',
            '研究之外的**精子DNA碎片**检测（RCOG）；',
            '“黄体功能不全”相关检测，以及大部分遗传性易栓症检测（特定情况除外）。',
          ],
        },
        {
          type: 'p',
          text: '在这一点上，我国共识有所不同：2022年共识建议在复发性流产评估中筛查血栓前状态（即血液容易凝固的倾向），进行凝血相关检查，而ESHRE和RCOG不建议常规开展。遇到检查项目很多时，不妨问一问：这项检查的结果会改变我的治疗吗？',
        },
        { type: 'h2', text: '男方的检查与健康' },
        {
          type: 'p',
          text: '男方的健康同样有影响。ESHRE指出，男方年龄偏大，以及吸烟、大量饮酒和肥胖，可能影响精子质量和妊娠经过，因此[预防与孕前准备](topics/prevention)中的生活方式建议适用于夫妻双方。夫妻染色体核型分析只在特定情况下进行（见[遗传因素](causes/genetic)）。RCOG不建议在研究之外检测精子DNA碎片；ESHRE认为可以为解释流产原因而考虑这项检查，但目前没有据此被证实有效的治疗。',
        },
        { type: 'h2', text: '如果检查都正常' },
        {
          type: 'p',
          text: '约40%～50%的患者查不出明确原因。这并不意味着检查白做了：排除可治疗的病因本身就很有意义；许多不明原因复发性流产的女性最终能够生下孩子，虽然没有人能打包票（具体数字见[复发性流产概述](topics/recurrent-miscarriage)）。可以调整的[生活方式因素](causes/lifestyle-environment)，以及再次妊娠时的支持性照护，同样适用。',
        },
        { type: 'h2', text: '可以问医生的问题' },
        {
          type: 'ul',
          items: [
            '我需要做哪些检查？为什么？',
            '每项结果会如何影响我的治疗？',
            '谁来解读结果？什么时候？',
          ],
        },
      ],
    },
  },
  {
    slug: 'prevention',
    order: 4,
    title: {
      en: 'Prevention: preparing for the next pregnancy',
      zh: '预防与孕前准备',
    },
    summary: {
      en: 'Not every miscarriage can be prevented, because many happen by chance. You can lower some risks: stop smoking, avoid alcohol, keep caffeine to 200 mg a day or less, aim for a healthy weight, review medicines and treat known conditions before trying again.',
      zh: '并非所有流产都能预防，很多流产源于胚胎偶发的染色体异常。但有些风险可以降低：戒烟、不饮酒、咖啡因每天不超过200 mg、保持健康体重、孕前评估用药，并把甲状腺疾病、糖尿病等控制好。',
    },
    sources: [
      'eshre-2022',
      'rcog-gtg17-2023',
      'cn-consensus-2020',
      'acog-caffeine-2010',
      'rcog-gtg60-2022',
    ],
    relatedTopics: ['recurrent-miscarriage', 'diagnosis', 'emotional-support'],
    causes: ['lifestyle-environment', 'endocrine', 'immune', 'infection', 'cervical-insufficiency'],
    treatments: ['hormone-treatment', 'immune-treatments', 'psychological-support', 'cerclage'],
    body: {
      en: [
        { type: 'h2', text: 'What prevention can and cannot do' },
        {
          type: 'p',
          text: 'Many miscarriages are caused by chance chromosome changes in the embryo that no one could have prevented. Prevention is therefore not about getting everything right. It is about improving the odds where you can, and dealing with treatable problems before the next pregnancy.',
        },
        { type: 'h2', text: 'Before trying again' },
        {
          type: 'ul',
          items: [
            '**Stop smoking**, and avoid smoky places. A stop-smoking service helps; a partner who smokes is encouraged to stop too.',
            '**Avoid alcohol**. No safe level in pregnancy is known, so the simplest choice is none while trying.',
            '**Keep caffeine to 200 mg a day or less**, as the NHS and ACOG advise: that is roughly 2 mugs of instant coffee, and tea, cola and energy drinks count too.',
            '**Aim for a healthy weight**, through gradual changes in eating and activity rather than crash diets.',
            '**Review medicines** with your doctor, including those bought over the counter, herbal products and supplements, and mention any chemicals you handle at work.',
            '**Treat known conditions**: get thyroid disease and diabetes well controlled before conceiving (see [hormonal causes](causes/endocrine)).',
            'Take the usual folic acid supplement before pregnancy, and follow food hygiene advice to avoid [infections](causes/infection) such as toxoplasmosis.',
          ],
        },
        { type: 'h2', text: 'A plan for the next pregnancy' },
        {
          type: 'p',
          text: 'If tests found a cause, agree a plan in advance. For example, women with antiphospholipid syndrome start aspirin and heparin early in pregnancy ([immune treatments](treatments/immune-treatments)), and women who bleed in early pregnancy after a previous miscarriage may be offered progesterone ([progesterone and thyroid treatment](treatments/hormone-treatment)). After a loss in the second trimester, ask about scans of the cervix or a stitch ([cervical cerclage](treatments/cerclage)). Ask whom to contact as soon as your test is positive, and when your first scan will be.',
        },
        { type: 'h2', text: 'What does not prevent miscarriage' },
        {
          type: 'p',
          text: 'Bed rest, giving up exercise or work, and unproven supplements or immune treatments have not been shown to prevent miscarriage. You do not need to stop ordinary activity, sex or travel unless your doctor gives you a specific reason.',
        },
        { type: 'h2', text: 'Looking after yourself' },
        {
          type: 'p',
          text: 'Preparing for another pregnancy after losses can bring hope and fear at the same time. [Psychological support](treatments/psychological-support) and the ideas under [emotional support](topics/emotional-support) can help. The evidence behind the advice above is explained under [lifestyle and environment](causes/lifestyle-environment).',
        },
      ],
      zh: [
        { type: 'h2', text: '预防能做什么、不能做什么' },
        {
          type: 'p',
          text: '很多流产是胚胎偶发的染色体异常造成的，任何人都无法阻止。所以预防并不是要求您“事事做对”，而是在能改变的地方尽量改善，并在再次怀孕前把可以治疗的问题处理好。',
        },
        { type: 'h2', text: '再次备孕前' },
        {
          type: 'ul',
          items: [
            '**戒烟**，并远离二手烟；可以借助戒烟门诊，伴侣吸烟也应一起戒；',
            '**不饮酒**：孕期饮酒没有公认的安全剂量，备孕期间最好滴酒不沾；',
            '**咖啡因每天不超过200 mg**（英国NHS和ACOG的建议）：大约相当于2杯速溶咖啡，茶、可乐和功能饮料也要算在内；',
            '**保持健康体重**：通过循序渐进地调整饮食和运动，而不是节食减肥；',
            '**评估用药**：包括非处方药、中草药和保健品，都要告诉医生；如工作中接触化学物质，也请一并说明；',
            '**控制基础疾病**：孕前把甲状腺疾病、糖尿病控制好（见[内分泌因素](causes/endocrine)）；',
            '按常规在孕前补充叶酸，注意饮食卫生，预防弓形虫等[感染](causes/infection)。',
          ],
        },
        { type: 'h2', text: '为下一次妊娠做好计划' },
        {
          type: 'p',
          text: '如果检查发现了病因，应事先与医生商定方案。例如，抗磷脂综合征患者需在妊娠早期开始使用阿司匹林和低分子肝素（见[免疫相关治疗](treatments/immune-treatments)）；既往有流产史、孕早期出现出血者，可考虑使用黄体酮（见[孕激素与甲状腺治疗](treatments/hormone-treatment)）；既往有孕中期流产者，可以询问是否需要超声监测宫颈或进行环扎（见[宫颈环扎术](treatments/cerclage)）。请提前问清楚：验孕阳性后该联系谁，第一次超声安排在什么时候。',
        },
        { type: 'h2', text: '哪些做法不能预防流产' },
        {
          type: 'p',
          text: '绝对卧床、停止一切活动或工作、服用未经证实的保健品或接受免疫治疗，都没有被证明能预防流产。除非医生有具体的理由，您不必放弃日常活动、正常的夫妻生活或出行。',
        },
        { type: 'h2', text: '照顾好自己' },
        {
          type: 'p',
          text: '经历流产后再次备孕，往往希望与恐惧并存。[心理支持与咨询](treatments/psychological-support)和[心理与情绪支持](topics/emotional-support)中的建议或许能帮到您。上述建议背后的依据，见[生活方式与环境因素](causes/lifestyle-environment)。',
        },
      ],
    },
  },
  {
    slug: 'emotional-support',
    order: 5,
    title: {
      en: 'Emotional support after recurrent miscarriage',
      zh: '复发性流产后的心理与情绪支持',
    },
    summary: {
      en: 'Grief, guilt, anxiety and low mood are common after repeated pregnancy loss, for both partners. You are not to blame, support helps, and it is normal for worries to return in the next pregnancy.',
      zh: '反复妊娠丢失后出现悲伤、自责、焦虑和情绪低落十分常见，伴侣也会受到影响。流产不是您的错，寻求支持是有帮助的；再次怀孕时紧张情绪重新出现，也属正常。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023'],
    relatedTopics: ['recurrent-miscarriage', 'symptoms', 'prevention'],
    causes: ['genetic', 'lifestyle-environment'],
    treatments: ['psychological-support'],
    body: {
      en: [
        { type: 'h2', text: 'Common feelings' },
        {
          type: 'p',
          text: 'Each miscarriage is a loss, and repeated losses can build on one another. Many women and their partners describe:',
        },
        {
          type: 'ul',
          items: [
            'grief for each pregnancy and for the future they had imagined;',
            'guilt, and a search for something they did wrong;',
            'anxiety, especially about trying again, or about every twinge in a new pregnancy;',
            'low mood, and difficulty sleeping or concentrating;',
            "feeling isolated, or hurt by well-meant comments and by other people's pregnancies.",
          ],
        },
        {
          type: 'p',
          text: 'These reactions are normal. For some people they become severe or last a long time, with depression or symptoms of post-traumatic stress, and then they need and deserve treatment.',
        },
        { type: 'h2', text: 'It is not your fault' },
        {
          type: 'p',
          text: 'Most miscarriages are caused by things no one can control, most often a chance [chromosome change in the embryo](causes/genetic). Ordinary stress, work, exercise or sex do not cause miscarriage. See also [is it my fault?](faqs/is-it-my-fault)',
        },
        { type: 'h2', text: 'What helps' },
        {
          type: 'ul',
          items: [
            '**Talking**: with your partner, friends or family, or with others who have had losses, for example through a support group or charity.',
            '**Professional support**: counselling or psychological therapy, which a recurrent miscarriage clinic can arrange; see [psychological support](treatments/psychological-support).',
            '**Clear information**: understanding your results and the plan for next time can ease some of the uncertainty.',
            '**Marking the loss**, if you wish, in a way that feels right to you.',
            '**Time off** work when you need it, telling colleagues only what you want to share.',
          ],
        },
        { type: 'h2', text: 'Partners' },
        {
          type: 'p',
          text: 'Partners grieve too, though they may show it differently or feel they must stay strong. Couples often grieve at different speeds, and talking about this openly helps. Questions and pressure from relatives about having a baby can add to the strain; your partner, or your doctor, can help explain things to the family.',
        },
        { type: 'h2', text: 'The next pregnancy' },
        {
          type: 'p',
          text: 'A new pregnancy often brings anxiety rather than simple joy. Early scans, a named contact and a plan agreed in advance can help. Many couples find the weeks around the time of earlier losses the hardest; it is fine to ask for extra support then.',
        },
        { type: 'h2', text: 'When to seek help quickly' },
        {
          type: 'p',
          text: 'Speak to your doctor if low mood or anxiety does not ease after a few weeks or stops you from managing daily life, and seek help urgently if you have thoughts of harming yourself. For practical steps before trying again, see [prevention](topics/prevention).',
        },
      ],
      zh: [
        { type: 'h2', text: '常见的情绪反应' },
        {
          type: 'p',
          text: '每一次流产都是一次失去，反复经历会让伤痛层层叠加。很多女性和她们的伴侣会有以下感受：',
        },
        {
          type: 'ul',
          items: [
            '为每一个失去的孩子、为曾经憧憬的未来感到悲伤；',
            '自责，总想找出自己“哪里做错了”；',
            '焦虑，尤其是想到再次怀孕，或怀孕后对身体的每一点变化都提心吊胆；',
            '情绪低落、失眠、注意力难以集中；',
            '感到孤立，被亲友善意却不合时宜的话刺痛，看到别人怀孕会难过。',
          ],
        },
        {
          type: 'p',
          text: '这些反应都是正常的。但对部分人来说，情绪会变得严重或持续很久，出现抑郁或创伤后应激的表现，这时需要、也值得接受专业治疗。',
        },
        { type: 'h2', text: '这不是您的错' },
        {
          type: 'p',
          text: '大多数流产是由无法控制的因素造成的，最常见的是胚胎偶发的[染色体异常](causes/genetic)。日常的压力、工作、运动或夫妻生活都不会导致流产。另见[反复流产是我的错吗？](faqs/is-it-my-fault)',
        },
        { type: 'h2', text: '哪些做法有帮助' },
        {
          type: 'ul',
          items: [
            '**倾诉**：和伴侣、朋友、家人交流，或加入病友互助团体；',
            '**专业支持**：心理咨询或心理治疗，可以通过复发性流产专科门诊转介，见[心理支持与咨询](treatments/psychological-support)；',
            '**清楚的信息**：了解自己的检查结果和下一步计划，可以减少一部分不确定感；',
            '**以自己的方式告别**：如果愿意，可以用适合自己的方式纪念失去的孩子；',
            '**适当休息**：需要时请假休养，对同事只说自己愿意说的部分。',
          ],
        },
        { type: 'h2', text: '伴侣与家人' },
        {
          type: 'p',
          text: '伴侣同样在经历失去，只是表达方式可能不同，或者觉得自己必须坚强。夫妻双方走出悲伤的节奏可能不一样，坦诚沟通会有帮助。来自长辈的关心和“催生”有时会成为额外的压力，可以请伴侣出面沟通，或请医生帮忙向家人解释病情。',
        },
        { type: 'h2', text: '再次怀孕时' },
        {
          type: 'p',
          text: '再次怀孕往往带来的是紧张，而不是单纯的喜悦。孕早期超声、固定的联系人和事先商定好的计划会有所帮助。很多人在接近以往流产的孕周时最为焦虑，这时可以主动寻求更多支持。',
        },
        { type: 'h2', text: '什么时候需要尽快求助' },
        {
          type: 'p',
          text: '如果情绪低落或焦虑持续几周仍不缓解，影响到正常生活，请及时就医；如果出现伤害自己的念头，请立即寻求帮助。再次备孕的具体准备，见[预防与孕前准备](topics/prevention)。',
        },
      ],
    },
  },
]
