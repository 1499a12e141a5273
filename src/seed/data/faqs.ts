import type { SeedFaq } from './types'

export const faqs: SeedFaq[] = [
  {
    slug: 'how-many-miscarriages-before-tests',
    subject: 'tests',
    question: {
      en: 'How many miscarriages should I have had before I am offered tests?',
      zh: '流产几次需要做检查？',
    },
    summary: {
      en: 'It depends on the guideline: ESHRE and ASRM support tests after 2 losses, the RCOG after 3 (or 2 if a cause is suspected), and the Chinese consensus after 2 consecutive losses.',
      zh: '取决于所依据的指南：ESHRE和ASRM支持2次流产后评估，RCOG以3次为标准（怀疑有病理原因时2次后即可检查），我国共识建议连续2次流产后进行病因筛查。',
    },
    sources: [
      'eshre-2022',
      'rcog-gtg17-2023',
      'asrm-2012',
      'cn-consensus-2020',
      'cn-consensus-rsa-2022',
    ],
    topics: ['diagnosis', 'recurrent-miscarriage'],
    causes: [],
    treatments: [],
    answer: {
      en: [
        {
          type: 'p',
          text: 'There is no single answer, because guidelines define recurrent miscarriage differently:',
        },
        {
          type: 'ul',
          items: [
            'ESHRE and ASRM support investigation after **2** pregnancy losses.',
            'The RCOG (UK) defines recurrent miscarriage as **3** first-trimester miscarriages, but encourages doctors to investigate after **2** if they suspect a cause other than chance.',
            'The Chinese expert consensus recommends assessment after **2 consecutive** losses before 28 weeks.',
          ],
        },
        {
          type: 'p',
          text: 'Other things can make earlier testing sensible, such as a loss in the second trimester, your age or a known health condition. After a single miscarriage, full investigations are not usually recommended, because most single losses happen by chance.',
        },
        {
          type: 'p',
          text: 'If you have had 2 losses and are worried, it is reasonable to ask your doctor about tests. The tests that are and are not recommended are explained under [diagnosis](topics/diagnosis).',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '这个问题没有统一答案，因为各指南对复发性流产的定义不同：',
        },
        {
          type: 'ul',
          items: [
            'ESHRE和ASRM：**2次**妊娠丢失后即支持开始评估；',
            'RCOG（英国）：定义为**3次**孕早期流产，但如果医生怀疑并非偶然因素，**2次**后即可开始检查；',
            '我国专家共识：妊娠28周前**连续2次**流产后，建议进行病因筛查。',
          ],
        },
        {
          type: 'p',
          text: '此外，孕中期流产、女方年龄较大或有已知的基础疾病等情况，也可能需要更早检查。只有一次流产时，一般不建议做全面的病因筛查，因为单次流产大多是偶然事件。',
        },
        {
          type: 'p',
          text: '如果您已经流产2次并为此担心，可以主动和医生讨论检查的必要性。哪些检查有推荐、哪些没有，见[复发性流产的诊断与检查](topics/diagnosis)。',
        },
      ],
    },
  },
  {
    slug: 'is-it-my-fault',
    subject: 'understanding',
    question: {
      en: 'Is it my fault that I keep miscarrying?',
      zh: '反复流产是我的错吗？',
    },
    summary: {
      en: 'No: most miscarriages are caused by things no one can control, most often chance chromosome changes in the embryo, and ordinary stress, work, exercise and sex do not cause miscarriage.',
      zh: '不是：大多数流产由无法控制的因素引起，最常见的是胚胎偶发的染色体异常，日常压力、工作、运动和夫妻生活都不会导致流产。',
    },
    sources: ['rcog-gtg17-2023', 'eshre-2022'],
    topics: ['emotional-support'],
    causes: ['genetic', 'lifestyle-environment'],
    treatments: ['psychological-support'],
    answer: {
      en: [
        {
          type: 'p',
          text: 'No. It is very common to search for something you did wrong, but most miscarriages are caused by things nobody can control. The most frequent is a chance [chromosome change in the embryo](causes/genetic) that happened when the egg or sperm was formed.',
        },
        { type: 'p', text: 'Things that do **not** cause miscarriage include:' },
        {
          type: 'ul',
          items: [
            'ordinary stress, arguments or being upset;',
            'going to work, lifting everyday things or normal exercise;',
            'having sex;',
            'eating foods that traditional beliefs call "cold" or harmful: there is no scientific basis for this.',
          ],
        },
        {
          type: 'p',
          text: 'Some [lifestyle factors](causes/lifestyle-environment), such as smoking or heavy drinking, are linked with a higher risk, and changing them can help. Even then, a loss is rarely down to one thing, and no one can say that a particular drink or cigarette caused a particular loss. Making changes is about the next pregnancy, not a verdict on the last one. If guilt stays with you, talking to someone can help: see [emotional support](topics/emotional-support).',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '不是。流产后反复追问“是不是我哪里做错了”非常普遍，但大多数流产是任何人都无法控制的。最常见的原因，是卵子或精子形成时偶然发生的[胚胎染色体异常](causes/genetic)。',
        },
        { type: 'p', text: '以下情况**不会**导致流产：' },
        {
          type: 'ul',
          items: [
            '日常的压力、争吵或情绪波动；',
            '正常上班、提日常物品或适度运动；',
            '正常的夫妻生活；',
            '吃了传统说法中“寒凉”或不宜的食物：这种说法没有科学依据。',
          ],
        },
        {
          type: 'p',
          text: '吸烟、大量饮酒等[生活方式因素](causes/lifestyle-environment)确实与流产风险增加有关，改变它们是有益的。但即便如此，流产也很少由单一因素造成，没有人能断定某一杯酒或某一支烟导致了某一次流产。做出改变是为了下一次妊娠，而不是对上一次的评判。如果内疚感挥之不去，可以找人聊聊，见[心理与情绪支持](topics/emotional-support)。',
        },
      ],
    },
  },
  {
    slug: 'why-do-definitions-differ',
    subject: 'understanding',
    question: {
      en: 'Why do doctors and websites define recurrent miscarriage differently?',
      zh: '为什么不同地方对复发性流产的定义不一样？',
    },
    summary: {
      en: 'Guidelines set different thresholds: 2 or more losses (ESHRE, ASRM, Chinese consensus) or 3 first-trimester losses (RCOG), with an upper limit of 20 weeks in the US, 24 weeks in European usage and 28 weeks in China.',
      zh: '各指南的标准不同：ESHRE、ASRM和我国共识以2次及以上为界，RCOG以3次孕早期流产为界；孕周上限美国多为20周，欧洲多为24周，我国为28周。',
    },
    sources: [
      'eshre-2022',
      'rcog-gtg17-2023',
      'asrm-2012',
      'cn-consensus-2020',
      'cn-consensus-rsa-2022',
    ],
    topics: ['recurrent-miscarriage'],
    causes: [],
    treatments: [],
    answer: {
      en: [
        {
          type: 'p',
          text: 'Because the main guidelines were written by different groups, at different times, for different health systems:',
        },
        {
          type: 'ul',
          items: [
            '**ESHRE** counts 2 or more pregnancy losses, not necessarily consecutive, including losses never seen on a scan.',
            '**ASRM** counts 2 or more failed clinical pregnancies.',
            '**RCOG** (2023) uses 3 or more first-trimester miscarriages, with investigation after 2 when a cause is suspected.',
            'The **Chinese consensus** counts 2 or more consecutive losses before 28 weeks, including biochemical pregnancies.',
          ],
        },
        {
          type: 'p',
          text: 'The upper limit differs too: in ESHRE and RCOG usage a loss before **24 weeks** is a miscarriage, US usage often sets the limit at **20 weeks**, and Chinese practice uses **28 weeks**. These limits follow how each country divides miscarriage from stillbirth and preterm birth.',
        },
        {
          type: 'p',
          text: 'In practice, the differences matter mostly for when tests start and for comparing research studies. They do not change the care you deserve. If your doctor uses one definition and a website another, neither is necessarily wrong. The [overview](topics/recurrent-miscarriage) explains more.',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '因为主要的指南由不同机构、在不同时期、针对不同的医疗体系制定：',
        },
        {
          type: 'ul',
          items: [
            '**ESHRE**：2次及以上妊娠丢失，不要求连续，包括超声未能显影的妊娠丢失；',
            '**ASRM**：2次及以上临床妊娠失败；',
            '**RCOG**（2023年）：3次及以上孕早期流产，怀疑有病理原因时2次后即可检查；',
            '**我国专家共识**：连续2次及以上、妊娠28周前的妊娠丢失，包括生化妊娠。',
          ],
        },
        {
          type: 'p',
          text: '孕周上限也不同：ESHRE和RCOG一般以**24周**为界，美国常以**20周**为界，我国以**28周**为界。这与各国对流产、死产和早产的划分习惯有关。',
        },
        {
          type: 'p',
          text: '实际上，定义的差异主要影响何时开始检查，以及不同研究之间的比较，并不影响您应得到的规范照护。医生和网上资料说法不一时，并不意味着哪一方一定错了。详见[复发性流产概述](topics/recurrent-miscarriage)。',
        },
      ],
    },
  },
  {
    slug: 'what-are-my-chances-next-pregnancy',
    subject: 'next-pregnancy',
    question: {
      en: 'What are my chances of having a baby next time?',
      zh: '下次怀孕成功的机会有多大？',
    },
    summary: {
      en: "Many women with recurrent miscarriage go on to have a baby: in one Danish study, 66.7% did within 5 years. The chances are lower with older age and more previous losses, figures cannot predict one person's outcome, and support is there if you do not have a baby.",
      zh: '许多复发性流产女性最终能够生下孩子：丹麦的一项研究中，66.7%在5年内生下孩子。年龄越大、既往流产次数越多，机会越低；统计数字无法预测个人结局；如果最终没有孩子，也可以获得支持。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023', 'lund-2012'],
    topics: ['recurrent-miscarriage'],
    causes: ['immune', 'endocrine'],
    treatments: ['psychological-support'],
    answer: {
      en: [
        {
          type: 'p',
          text: 'The honest answer is that **many women with recurrent miscarriage go on to have a baby**, including many in whom no cause is found, but no one can promise it. In a Danish study of 987 women seen at a specialist clinic after 3 or more miscarriages (Lund et al. 2012), 66.7% had a baby within 5 years of their first visit and 71.1% within 15 years.',
        },
        { type: 'p', text: 'Two things have the biggest influence on the chances:' },
        {
          type: 'ul',
          items: [
            '**age**: the chances are lower as a woman gets older;',
            '**the number of previous losses**: the chances fall as the number rises.',
          ],
        },
        {
          type: 'p',
          text: 'These figures come from one clinic in one country and describe groups of women, not you. The ESHRE and RCOG guidelines cite this kind of study when they describe the outlook.',
        },
        {
          type: 'p',
          text: 'A treatable cause, such as [antiphospholipid syndrome](causes/immune) or an [underactive thyroid](causes/endocrine), can be dealt with before or during the next pregnancy. Care in a dedicated clinic, with early scans and [psychological support](treatments/psychological-support), helps people through the weeks of uncertainty.',
        },
        {
          type: 'p',
          text: 'Your doctor can put these general points into context for your age and history. Be wary of anyone who promises a particular result from a single test or treatment.',
        },
        { type: 'h2', text: 'If you do not have a baby' },
        {
          type: 'p',
          text: 'About 1 in 3 women in that study had not had a baby after 5 years. Stopping trying, donor eggs or sperm, adoption and a life without children are all choices people make, and none is a failure. Support is there for this too: see the [overview](topics/recurrent-miscarriage).',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '坦率的回答是：**许多复发性流产女性最终能够生下孩子**，其中也包括许多查不出原因的女性，但没有人能打包票。丹麦的一项研究追踪了987名经历3次及以上流产、在专科门诊就诊的女性（Lund等，2012年）：首次就诊后5年内，66.7%生下了孩子，15年内为71.1%。',
        },
        { type: 'p', text: '影响成功机会最主要的两个因素是：' },
        {
          type: 'ul',
          items: [
            '**女方年龄**：年龄越大，机会相对越低；',
            '**既往流产次数**：次数越多，机会相对越低。',
          ],
        },
        {
          type: 'p',
          text: '这些数字来自一个国家的一家专科门诊，描述的是一组女性，而不是您个人。ESHRE和RCOG指南在介绍预后时，引用的正是这类研究。',
        },
        {
          type: 'p',
          text: '如果查出可以治疗的病因，例如[抗磷脂综合征](causes/immune)或[甲状腺功能减退](causes/endocrine)，可以在孕前或孕期针对性处理。在专科门诊接受连续照护，配合孕早期超声和[心理支持](treatments/psychological-support)，能帮助您度过充满不确定的孕早期。',
        },
        {
          type: 'p',
          text: '医生可以结合您的年龄和病史给出更具体的判断。对于承诺“做了某项检查或治疗就一定能保住”的宣传，请保持警惕。',
        },
        { type: 'h2', text: '如果最终没有孩子' },
        {
          type: 'p',
          text: '在这项研究中，约1/3的女性5年后仍没有生下孩子。不再尝试、使用供卵或供精、领养，或者过没有孩子的生活，都是人们会做出的选择，没有哪一种是失败。这时同样可以寻求支持，见[复发性流产概述](topics/recurrent-miscarriage)。',
        },
      ],
    },
  },
  {
    slug: 'should-i-take-progesterone',
    subject: 'treatment',
    question: {
      en: 'Should I take progesterone in my next pregnancy?',
      zh: '下次怀孕需要用黄体酮吗？',
    },
    summary: {
      en: 'If you bleed in early pregnancy, have miscarried before and a scan shows the pregnancy is in the womb, progesterone should be considered (RCOG, NICE), with the clearest benefit after 3 or more miscarriages. Without bleeding the evidence is weak.',
      zh: '如果孕早期出现出血、既往有过流产，且超声证实为宫内妊娠，应考虑使用黄体酮（RCOG、NICE），既往流产3次及以上者获益最明确。没有出血时证据较弱。',
    },
    sources: ['rcog-gtg17-2023', 'nice-ng126', 'prism-2019', 'eshre-2022'],
    topics: ['symptoms'],
    causes: ['endocrine'],
    treatments: ['hormone-treatment'],
    answer: {
      en: [
        {
          type: 'p',
          text: 'Progesterone is often presented as something that helps everyone with recurrent miscarriage. The evidence is more specific than that:',
        },
        {
          type: 'ul',
          items: [
            'The RCOG guideline (2023) and NICE (NG126) advise that **vaginal micronised progesterone** should be considered, or offered, for women who have **bleeding in early pregnancy**, **have had a previous miscarriage**, and whose scan shows the pregnancy is **in the womb**. In the PRISM trial (2019) the benefit was clearest for women with 3 or more previous miscarriages: 72% had a baby with progesterone, compared with 57% with a placebo.',
            'If you have no bleeding, the evidence that progesterone prevents another loss is weak.',
            'Progesterone cannot correct causes such as a chromosome change in the embryo or antiphospholipid syndrome.',
          ],
        },
        {
          type: 'p',
          text: 'The trial used vaginal progesterone; dydrogesterone tablets and progesterone injections, which are often used in China, have less evidence in this situation. Progesterone is generally considered safe in pregnancy, and side effects are usually mild. Before your next pregnancy, agree with your doctor what to do if you bleed, so you know whom to call. More detail is under [progesterone and thyroid treatment](treatments/hormone-treatment) and [hormonal causes](causes/endocrine).',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '黄体酮常被当作复发性流产的“标配”，但证据给出的答案更具体：',
        },
        {
          type: 'ul',
          items: [
            'RCOG指南（2023年）和NICE指南（NG126）建议：此次**孕早期出现阴道流血**、**既往有流产史**，且超声证实为**宫内妊娠**的女性，应考虑或推荐使用**阴道微粒化黄体酮**。PRISM试验（2019年）中，获益最明确的是既往流产3次及以上的女性：使用黄体酮者72%生下孩子，使用安慰剂者为57%；',
            '没有阴道流血时，黄体酮能否预防再次流产，证据较弱；',
            '对于胚胎染色体异常、抗磷脂综合征等原因，黄体酮起不到纠正作用。',
          ],
        },
        {
          type: 'p',
          text: '试验使用的是阴道用黄体酮；我国常用的口服地屈孕酮和肌内注射黄体酮，在这种情况下的证据较少。孕期使用黄体酮总体安全，副作用一般较轻。建议在再次怀孕前就和医生商量好：一旦出现出血该怎么办、联系谁。详见[孕激素与甲状腺治疗](treatments/hormone-treatment)和[内分泌因素](causes/endocrine)。',
        },
      ],
    },
  },
  {
    slug: 'do-i-need-immune-tests',
    subject: 'tests',
    question: {
      en: 'Should I have natural killer cell or other immune tests?',
      zh: '需要做NK细胞等免疫检查吗？',
    },
    summary: {
      en: 'Not routinely: guidelines recommend testing for antiphospholipid antibodies, but NK cell, HLA and cytokine tests are not recommended outside research because they do not lead to treatments that work.',
      zh: '不需要常规做：指南推荐检查抗磷脂抗体，但NK细胞、HLA配型、细胞因子等检查不建议在研究之外常规开展，因为它们无法指导有效的治疗。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023'],
    topics: ['diagnosis'],
    causes: ['immune'],
    treatments: ['immune-treatments'],
    answer: {
      en: [
        {
          type: 'p',
          text: "One kind of immune test is clearly recommended: testing for **antiphospholipid antibodies** (lupus anticoagulant, anticardiolipin and, in ESHRE's guidance, anti-β2-glycoprotein I). If a positive result is still positive on a repeat test at least 12 weeks later, and meets the diagnostic criteria, this is [antiphospholipid syndrome](causes/immune), which is treated with aspirin and heparin in pregnancy.",
        },
        {
          type: 'p',
          text: 'Other immune tests are widely advertised, including **natural killer (NK) cell** counts or activity in the blood or womb lining, **HLA** matching between partners and **cytokine** profiles. Current guidelines (ESHRE, RCOG) do not recommend them routinely. The results do not reliably predict the next pregnancy, and the treatments often offered on the back of them, such as steroids, immunoglobulin or intralipid, have not been shown to help and are not recommended outside research (see [immune treatments](treatments/immune-treatments)).',
        },
        {
          type: 'p',
          text: 'If you are offered these tests, it is reasonable to ask how the result would change your care.',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '有一类免疫检查是明确推荐的：**抗磷脂抗体**（狼疮抗凝物、抗心磷脂抗体，ESHRE还建议查抗β2糖蛋白I抗体）。间隔至少12周复查仍为阳性、并符合诊断标准者，即可诊断为[抗磷脂综合征](causes/immune)，孕期使用阿司匹林联合低分子肝素治疗。',
        },
        {
          type: 'p',
          text: '其他免疫检查在国内外都很常见，例如外周血或子宫内膜**NK细胞**的数量及活性、夫妻**HLA配型**、**细胞因子**谱等。ESHRE和RCOG指南均不推荐常规开展这些检查：其结果不能可靠地预测下次妊娠结局，而据此进行的糖皮质激素、免疫球蛋白、脂肪乳等治疗，也未被证明有效，不建议在研究之外使用（见[免疫相关治疗](treatments/immune-treatments)）。',
        },
        {
          type: 'p',
          text: '如果医生建议做这类检查，不妨问一问：结果会怎样改变我的治疗？',
        },
      ],
    },
  },
  {
    slug: 'what-if-no-cause-is-found',
    subject: 'causes',
    question: {
      en: 'What if no cause is found?',
      zh: '查不出原因怎么办？',
    },
    summary: {
      en: 'No cause is found in about 40–50% of couples; this is frustrating but common, supportive care is then the main treatment, and many women with unexplained recurrent miscarriage still go on to have a baby, although no one can promise it.',
      zh: '约40%～50%的夫妇查不出明确原因，这让人沮丧但很常见；此时支持性照护是最主要的“治疗”，许多不明原因复发性流产的女性最终能够生下孩子，虽然没有人能打包票。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023', 'asrm-2012'],
    topics: ['diagnosis', 'recurrent-miscarriage'],
    causes: ['lifestyle-environment'],
    treatments: ['immune-treatments', 'psychological-support', 'hormone-treatment'],
    answer: {
      en: [
        {
          type: 'p',
          text: 'In about **40–50%** of couples, tests do not find a cause. This is called unexplained recurrent miscarriage. It can feel like being left without answers, but there is a hopeful side: no problem was found that is bound to repeat, and many women with unexplained recurrent miscarriage still go on to have a baby, although no one can promise it.',
        },
        {
          type: 'p',
          text: 'Guidelines advise **against** treatments without a diagnosis, such as aspirin, heparin, steroids or other [immune treatments](treatments/immune-treatments), because they have not been shown to help in unexplained loss. What does help:',
        },
        {
          type: 'ul',
          items: [
            'care in a dedicated clinic, with early scans and a named contact ([psychological support](treatments/psychological-support));',
            'progesterone if you bleed in early pregnancy and a scan shows the pregnancy is in the womb, following the RCOG and NICE ([progesterone and thyroid treatment](treatments/hormone-treatment));',
            'changing the [lifestyle factors](causes/lifestyle-environment) you can.',
          ],
        },
        {
          type: 'p',
          text: 'Research continues, and taking part in a clinical trial is worth asking about.',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '约**40%～50%**的夫妇经过检查仍找不到原因，称为不明原因复发性流产。这种“没有答案”的感觉很难受，但也有积极的一面：没有发现注定会反复出现的问题，而且许多不明原因复发性流产的女性最终能够生下孩子，虽然没有人能打包票。',
        },
        {
          type: 'p',
          text: '指南**不推荐**在没有明确诊断时使用阿司匹林、肝素、糖皮质激素或其他[免疫相关治疗](treatments/immune-treatments)，因为它们在不明原因流产中未被证明有效。真正有帮助的是：',
        },
        {
          type: 'ul',
          items: [
            '在专科门诊接受连续照护，再次怀孕后安排孕早期超声，有固定的联系人（见[心理支持与咨询](treatments/psychological-support)）；',
            '按照RCOG和NICE指南，孕早期出现出血、且超声证实为宫内妊娠时使用黄体酮（见[孕激素与甲状腺治疗](treatments/hormone-treatment)）；',
            '调整可以改变的[生活方式因素](causes/lifestyle-environment)。',
          ],
        },
        {
          type: 'p',
          text: '相关研究仍在进行，可以问问医生是否有合适的临床研究可以参加。',
        },
      ],
    },
  },
  {
    slug: 'can-stress-cause-miscarriage',
    subject: 'causes',
    question: {
      en: 'Can stress cause a miscarriage?',
      zh: '压力大会导致流产吗？',
    },
    summary: {
      en: 'Everyday stress has not been shown to cause miscarriage, but repeated loss is itself very stressful, and looking after your wellbeing is an important part of care.',
      zh: '目前没有证据表明日常压力会导致流产，但反复流产本身会带来很大的压力，关注自己的身心状况是照护的重要组成部分。',
    },
    sources: ['rcog-gtg17-2023', 'eshre-2022'],
    topics: ['emotional-support'],
    causes: ['lifestyle-environment', 'genetic'],
    treatments: ['psychological-support'],
    answer: {
      en: [
        {
          type: 'p',
          text: 'It is natural to look back at a stressful time and wonder whether it caused a loss. There is no good evidence that the ordinary stress of work, family life or worry causes miscarriage. Most losses have other explanations, most often a chance chromosome change in the embryo (see [genetic causes](causes/genetic)).',
        },
        {
          type: 'p',
          text: 'The stress that comes **after** repeated losses is real, though. Anxiety and low mood are common, especially when trying again or in the early weeks of a new pregnancy. They deserve attention for your own sake, not because they put the pregnancy at risk.',
        },
        {
          type: 'p',
          text: 'Counselling, support groups, early reassurance scans and a clear plan for the next pregnancy can all help; see [psychological support](treatments/psychological-support) and [emotional support](topics/emotional-support).',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '回想起流产前那段紧张忙碌的日子，很多人会怀疑是不是压力惹的祸。目前没有可靠证据表明，工作、家庭或日常焦虑带来的压力会导致流产。大多数流产另有原因，最常见的是胚胎偶发的染色体异常（见[遗传因素](causes/genetic)）。',
        },
        {
          type: 'p',
          text: '不过，反复流产**之后**的压力是真实存在的。焦虑和情绪低落很常见，尤其是在再次备孕或新一次妊娠的最初几周。关注这些情绪，是为了您自己的身心健康，而不是因为它会危及妊娠。',
        },
        {
          type: 'p',
          text: '心理咨询、病友互助、孕早期超声以及清晰的孕期计划都可能有所帮助，见[心理支持与咨询](treatments/psychological-support)和[心理与情绪支持](topics/emotional-support)。',
        },
      ],
    },
  },
  {
    slug: 'would-ivf-with-embryo-testing-help',
    subject: 'treatment',
    question: {
      en: 'Would IVF with embryo testing stop us miscarrying?',
      zh: '做试管婴儿、筛查胚胎就不会再流产了吗？',
    },
    summary: {
      en: 'Only in specific situations: embryo testing has a role if a parent carries a known chromosome rearrangement, but PGT-A is not recommended for unexplained recurrent miscarriage.',
      zh: '只在特定情况下适用：夫妻一方为已知染色体结构重排携带者时，胚胎检测（PGT）有其作用，但对不明原因复发性流产不推荐进行PGT-A。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023'],
    topics: ['diagnosis'],
    causes: ['genetic'],
    treatments: ['pgt-ivf'],
    answer: {
      en: [
        {
          type: 'p',
          text: 'Testing embryos during IVF (preimplantation genetic testing, PGT) is sometimes presented as a way for anyone to avoid miscarriage. The guidelines are more cautious:',
        },
        {
          type: 'ul',
          items: [
            'If one partner carries a **known chromosomal rearrangement**, such as a balanced translocation, testing embryos for it (PGT-SR) has a role, after genetic counselling. Many carriers also have a baby by conceiving naturally.',
            'For **unexplained** recurrent miscarriage, ESHRE does **not** recommend testing embryos for chromosome number (PGT-A), because it has not been shown to increase the chance of having a baby.',
          ],
        },
        {
          type: 'p',
          text: 'IVF involves medicines, procedures, costs and risks of its own, and sometimes no suitable embryo is available. Ask for genetic counselling to compare the options in your situation. More detail is under [IVF with preimplantation genetic testing](treatments/pgt-ivf) and [genetic causes](causes/genetic).',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '在试管婴儿周期中检测胚胎（胚胎植入前遗传学检测，PGT，俗称“三代试管”），常被宣传为解决反复流产的办法。指南的态度要谨慎得多：',
        },
        {
          type: 'ul',
          items: [
            '夫妻一方为**已知染色体结构重排**（如平衡易位）携带者时，在遗传咨询后进行针对性的PGT-SR有其作用；不过，不少携带者自然怀孕也能生下健康的孩子。',
            '对于**不明原因**的复发性流产，ESHRE**不推荐**做胚胎染色体非整倍体筛查（PGT-A），因为没有证据表明它能提高活产机会。',
          ],
        },
        {
          type: 'p',
          text: '试管婴儿需要用药和手术操作，费用不低，也有自身的风险，还可能出现没有可移植胚胎的情况。建议先做遗传咨询，比较适合您的方案。详见[试管婴儿与胚胎植入前遗传学检测](treatments/pgt-ivf)和[遗传因素](causes/genetic)。',
        },
      ],
    },
  },
  {
    slug: 'what-care-in-next-pregnancy',
    subject: 'next-pregnancy',
    question: {
      en: 'What care can I expect when I am pregnant again?',
      zh: '再次怀孕后会得到哪些照护？',
    },
    summary: {
      en: 'Usually early contact with your clinic, early scans for reassurance, a plan for any treatment you need, and a named person to call if you bleed or have pain.',
      zh: '通常包括：尽早联系专科门诊、孕早期超声检查、针对病因的治疗方案，以及出现出血或腹痛时可以联系的固定医护人员。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023'],
    topics: ['symptoms', 'prevention'],
    causes: ['immune', 'endocrine'],
    treatments: ['psychological-support', 'immune-treatments', 'hormone-treatment'],
    answer: {
      en: [
        {
          type: 'p',
          text: 'After recurrent miscarriage, a new pregnancy is often met with more fear than joy. Good care is planned around that:',
        },
        {
          type: 'ul',
          items: [
            '**Early contact**: tell your clinic as soon as your pregnancy test is positive.',
            '**Early scans**: reassurance scans in the first trimester, at times agreed with your team.',
            '**A treatment plan**, for example aspirin and heparin if you have antiphospholipid syndrome ([immune treatments](treatments/immune-treatments)), thyroid checks if you take levothyroxine, and progesterone if you bleed ([progesterone and thyroid treatment](treatments/hormone-treatment)).',
            '**A named contact** to call about bleeding or pain; see [symptoms](topics/symptoms) for when to get urgent help.',
            '**Emotional support** throughout, including counselling if you want it ([psychological support](treatments/psychological-support)).',
          ],
        },
        {
          type: 'p',
          text: 'Guidelines recommend this kind of care in a dedicated clinic, and many couples value it even when no cause has been found.',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '经历复发性流产后，再次怀孕往往是担忧多于喜悦。规范的照护正是围绕这一点来安排的：',
        },
        {
          type: 'ul',
          items: [
            '**尽早联系**：验孕阳性后尽快告知专科门诊；',
            '**孕早期超声**：按与医生约定的时间做超声，了解胚胎发育情况；',
            '**治疗方案**：例如抗磷脂综合征患者使用阿司匹林和低分子肝素（见[免疫相关治疗](treatments/immune-treatments)），服用左甲状腺素者复查甲功，出现出血时使用黄体酮（见[孕激素与甲状腺治疗](treatments/hormone-treatment)）；',
            '**固定联系人**：出现出血或腹痛时知道找谁，何时需要急诊见[症状与就医时机](topics/symptoms)；',
            '**全程情绪支持**：需要时可以接受心理咨询（见[心理支持与咨询](treatments/psychological-support)）。',
          ],
        },
        {
          type: 'p',
          text: '指南推荐在专科门诊接受这样的连续照护；即使查不出原因，很多夫妇也觉得这种照护很有帮助。',
        },
      ],
    },
  },
  {
    slug: 'where-can-i-find-support',
    subject: 'support',
    question: {
      en: 'Where can I find support?',
      zh: '可以从哪里获得支持？',
    },
    summary: {
      en: 'Start with your clinic, which can arrange counselling, and add support groups to talk with others who understand, or your family doctor if low mood or anxiety persist.',
      zh: '可以先从专科门诊开始，由医生转介心理咨询，也可以借助病友互助团体与有相似经历的人交流，情绪低落或焦虑持续时请到心理科就诊。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023'],
    topics: ['emotional-support'],
    causes: [],
    treatments: ['psychological-support'],
    answer: {
      en: [
        {
          type: 'p',
          text: 'Support can come from several places, and it is fine to use more than one:',
        },
        {
          type: 'ul',
          items: [
            '**Your clinic**: a recurrent miscarriage clinic or early pregnancy unit can explain results and refer you for counselling.',
            '**Counselling or psychological therapy**: talking therapies help with grief, anxiety and the fear of another loss ([psychological support](treatments/psychological-support)).',
            '**Support groups and charities**: meeting others who have been through repeated losses, in person or online, can ease loneliness; information online varies in quality, so check any treatment advice with your doctor.',
            '**Your family doctor**: if low mood, anxiety or poor sleep last for weeks.',
            '**People close to you**: tell them what helps and what does not.',
          ],
        },
        {
          type: 'p',
          text: 'If you have thoughts of harming yourself, seek help urgently. For more on coping, including for partners, see [emotional support](topics/emotional-support).',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '支持可以来自多个方面，同时利用几种渠道完全没有问题：',
        },
        {
          type: 'ul',
          items: [
            '**专科门诊**：复发性流产门诊或早孕门诊的医生可以解释检查结果，并帮您转介心理咨询；',
            '**心理咨询或心理治疗**：帮助处理悲伤、焦虑和对再次流产的恐惧（见[心理支持与咨询](treatments/psychological-support)）；',
            '**病友互助**：线下或线上的病友团体，能减轻“只有我这样”的孤独感；不过网上信息良莠不齐，涉及治疗的建议请与医生核实；',
            '**心理科或精神科**：情绪低落、焦虑、失眠持续数周时；',
            '**身边的人**：告诉伴侣和家人，哪些话有帮助，哪些话会让您难受。',
          ],
        },
        {
          type: 'p',
          text: '如果出现伤害自己的念头，请立即寻求帮助。更多应对方法（包括伴侣如何应对），见[心理与情绪支持](topics/emotional-support)。',
        },
      ],
    },
  },
  {
    slug: 'should-i-be-screened-for-infections',
    subject: 'tests',
    question: {
      en: 'Should I be screened for infections such as toxoplasmosis or CMV?',
      zh: '需要筛查弓形虫、巨细胞病毒等感染吗？',
    },
    summary: {
      en: 'Routine infection screening is not recommended to find the cause of recurrent miscarriage, but tests are still done if you have symptoms or a known exposure, and infections that are found are treated.',
      zh: '不推荐为寻找复发性流产的原因而常规进行感染筛查，但有症状或明确接触史时仍应检查，查出的感染应规范治疗。',
    },
    sources: ['rcog-gtg17-2023', 'eshre-2022'],
    topics: ['diagnosis'],
    causes: ['infection'],
    treatments: ['infection-treatment'],
    answer: {
      en: [
        {
          type: 'p',
          text: 'Infections such as **toxoplasmosis** and **cytomegalovirus (CMV)** can cause a single miscarriage, but they are not an established cause of repeated losses, because an infection rarely affects one pregnancy after another. For this reason, guidelines do not recommend routine infection screening, such as a broad TORCH panel, to explain recurrent miscarriage.',
        },
        {
          type: 'p',
          text: 'Screening can also mislead: a positive antibody test often shows only a past infection, which needs no treatment.',
        },
        {
          type: 'p',
          text: 'Testing is still appropriate if you have symptoms such as fever or an unusual discharge, after a known exposure, or as part of routine pregnancy care. Any infection that is found is treated (see [treating infection](treatments/infection-treatment)). For how these infections spread and how to lower the risk, see [infections](causes/infection).',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '**弓形虫**、**巨细胞病毒**等感染可能导致某一次流产，但很少一次又一次地影响妊娠，因此并不是反复流产的明确病因。基于这一点，指南不推荐为解释复发性流产而常规进行感染筛查，包括广泛开展的TORCH检查。',
        },
        {
          type: 'p',
          text: '筛查结果还可能造成误解：抗体IgG阳性往往只说明既往感染过，并不需要治疗。',
        },
        {
          type: 'p',
          text: '如果有发热、阴道分泌物异常等症状或明确的接触史，或者作为常规孕前、产前检查的一部分，检查仍然是合理的。查出的感染应规范治疗（见[感染的治疗](treatments/infection-treatment)）。这些感染如何传播、怎样预防，见[感染因素](causes/infection)。',
        },
      ],
    },
  },
  {
    slug: 'what-can-i-do-before-trying-again',
    subject: 'next-pregnancy',
    question: {
      en: 'What can I do before trying again?',
      zh: '再次备孕前我能做些什么？',
    },
    summary: {
      en: 'Stop smoking, avoid alcohol, keep caffeine to 200 mg a day or less, aim for a healthy weight, review medicines, get thyroid disease or diabetes under control, and agree a plan for the next pregnancy with your clinic.',
      zh: '戒烟、不饮酒、咖啡因每天不超过200 mg、保持健康体重、请医生评估用药，把甲状腺疾病或糖尿病控制好，并与专科门诊商定下次妊娠的计划。',
    },
    sources: ['eshre-2022', 'rcog-gtg17-2023', 'cn-consensus-2020', 'acog-caffeine-2010'],
    topics: ['prevention'],
    causes: ['lifestyle-environment', 'endocrine'],
    treatments: ['hormone-treatment', 'immune-treatments'],
    answer: {
      en: [
        {
          type: 'p',
          text: 'You cannot control everything, but a few steps are worth taking:',
        },
        {
          type: 'ul',
          items: [
            'stop smoking, and ask your partner to stop too;',
            'avoid alcohol while trying, and keep caffeine to 200 mg a day or less;',
            'aim for a healthy weight through gradual changes;',
            'review all your medicines, supplements and herbal products with your doctor;',
            'get thyroid disease or diabetes well controlled (see [hormonal causes](causes/endocrine));',
            'take folic acid as usual before pregnancy.',
          ],
        },
        {
          type: 'p',
          text: 'If tests found a cause, agree the plan for the next pregnancy in advance, such as when to start aspirin and heparin for antiphospholipid syndrome ([immune treatments](treatments/immune-treatments)). If your tests were normal, you do not need extra treatments "just in case".',
        },
        {
          type: 'p',
          text: 'There is more detail under [prevention](topics/prevention) and [lifestyle and environment](causes/lifestyle-environment).',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '并不是每件事都在掌控之中，但以下几步值得去做：',
        },
        {
          type: 'ul',
          items: [
            '戒烟，并请伴侣一起戒；',
            '备孕期间不饮酒，咖啡因每天不超过200 mg；',
            '通过循序渐进的调整，让体重接近健康范围；',
            '把正在服用的药物、保健品和中草药都告诉医生，请医生评估；',
            '把甲状腺疾病或糖尿病控制好（见[内分泌因素](causes/endocrine)）；',
            '按常规在孕前补充叶酸。',
          ],
        },
        {
          type: 'p',
          text: '如果检查发现了病因，应事先商定下次妊娠的方案，例如抗磷脂综合征患者何时开始使用阿司匹林和低分子肝素（见[免疫相关治疗](treatments/immune-treatments)）。如果检查结果都正常，就不需要“以防万一”地额外用药。',
        },
        {
          type: 'p',
          text: '更多内容见[预防与孕前准备](topics/prevention)和[生活方式与环境因素](causes/lifestyle-environment)。',
        },
      ],
    },
  },
  {
    slug: 'repeated-hormone-blood-tests',
    subject: 'tests',
    question: {
      en: 'Do I need repeated progesterone and hCG blood tests in early pregnancy?',
      zh: '孕早期需要反复抽血查孕酮和HCG翻倍吗？',
    },
    summary: {
      en: 'Repeated blood tests can help when a scan cannot yet show where the pregnancy is, but they do not show whether a pregnancy in the womb will continue, a single low progesterone result does not mean a miscarriage is coming, and once the pregnancy is seen in the womb a scan tells more.',
      zh: '超声还看不到妊娠位置时，复查血液指标有一定帮助；但它们不能说明宫内妊娠能否继续，一次孕酮偏低也不代表一定会流产；超声一旦看到宫内妊娠，超声提供的信息更多。',
    },
    sources: ['nice-ng126', 'eshre-2022'],
    topics: ['diagnosis', 'symptoms'],
    causes: ['endocrine'],
    treatments: ['hormone-treatment'],
    answer: {
      en: [
        {
          type: 'p',
          text: 'After miscarriages, many women are offered blood tests every few days in early pregnancy: **hCG**, to see whether it is rising ("doubling"), and **progesterone**. This is especially common in China. It is worth knowing what these tests can and cannot tell you.',
        },
        { type: 'h2', text: 'What they can tell you' },
        {
          type: 'ul',
          items: [
            'When a scan cannot yet show where the pregnancy is, 2 hCG results taken 48 hours apart help doctors judge whether it may be an ectopic pregnancy or a pregnancy that is ending (NICE NG126).',
            'They can support a diagnosis alongside symptoms and scans.',
          ],
        },
        { type: 'h2', text: 'What they cannot tell you' },
        {
          type: 'ul',
          items: [
            'Once a scan has shown a pregnancy in the womb, NICE advises against using hCG results to judge whether it will continue: a scan tells more.',
            'Progesterone levels vary from hour to hour, and a single low result does not by itself mean a miscarriage is coming. NICE advises against using progesterone results to diagnose a viable pregnancy or an ectopic pregnancy.',
            'Raising a low level with supplements has not been shown to change the outcome; the situation in which progesterone does help is described under [progesterone and thyroid treatment](treatments/hormone-treatment).',
          ],
        },
        {
          type: 'p',
          text: 'Frequent tests can also add to anxiety while you wait for each result. It is reasonable to ask your doctor what each test is for, and what would change depending on the result. Scans in early pregnancy are described under [diagnosis](topics/diagnosis).',
        },
      ],
      zh: [
        {
          type: 'p',
          text: '经历过流产的女性再次怀孕后，常被安排每隔几天抽血查**HCG**（看是否“翻倍”）和**孕酮**。这在我国尤其普遍。了解这些检查能说明什么、不能说明什么，会有帮助。',
        },
        { type: 'h2', text: '它们能说明什么' },
        {
          type: 'ul',
          items: [
            '超声还看不到妊娠位置时，间隔48小时的2次HCG结果，可以帮助医生判断是否可能为异位妊娠，或妊娠正在终止（NICE NG126）。',
            '可以与症状和超声结果一起，辅助诊断。',
          ],
        },
        { type: 'h2', text: '它们不能说明什么' },
        {
          type: 'ul',
          items: [
            '超声一旦看到宫内妊娠，NICE不建议再用HCG结果判断妊娠能否继续：超声提供的信息更多。',
            '孕酮水平时刻在波动，一次结果偏低本身并不代表一定会流产。NICE不建议用孕酮结果来判断是否为存活妊娠或异位妊娠。',
            '用药物把偏低的孕酮“补上去”，并未被证明能改变结局；黄体酮真正有帮助的情形，见[孕激素与甲状腺治疗](treatments/hormone-treatment)。',
          ],
        },
        {
          type: 'p',
          text: '频繁抽血还可能让人在等待每次结果时更加焦虑。可以问问医生：每项检查的目的是什么，结果不同会怎样改变处理。孕早期的超声检查，见[复发性流产的诊断与检查](topics/diagnosis)。',
        },
      ],
    },
  },
]
