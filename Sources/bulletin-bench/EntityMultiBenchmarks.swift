import BulletinKit
import Foundation

/// `entities-multi`: entity extraction throughput over bundled multilingual articles (Russian,
/// Vietnamese in NFC and NFD, Chinese, Arabic, and some English, French, Spanish and German),
/// none of them a seed: the wire-news texts of the unseen-article tests and a few longer ones,
/// so the per-language discovery rules are measured, not only the seeds' common path.
enum EntityMultiBenchmarks {
    static let all: [Benchmark] = [
        Benchmark(name: "entities-multi", summary: "entity extraction throughput (MB/s, one core) over bundled ru/vi/zh/ar/en/fr/es/de articles") { args in
            let only = args.first   // optional language filter: `entities-multi zh`
            let texts = MultilingualTexts.all.filter { only == nil || $0.language == only }
            let bytes = texts.reduce(0) { $0 + $1.body.utf8.count }
            guard bytes > 0 else { print("entities-multi: no text for \(only ?? "")"); return }
            let extractor = EntityExtractor()
            _ = extractor.extract(title: "", body: texts[0].body, language: texts[0].language)  // builds the lexicon
            let rounds = max(1, 20_000_000 / bytes)
            var samples: [Double] = []
            var found = 0
            for _ in 0..<rounds {
                samples.append(EntityBenchmarks.cpuSeconds {
                    for t in texts { found += extractor.extract(title: "", body: t.body, language: t.language).entities.count }
                })
            }
            let total = samples.reduce(0, +)
            let mbps = Double(bytes * rounds) / 1_000_000 / total
            let best = Double(bytes) / 1_000_000 / (samples.min() ?? total)
            print(String(format: "entities-multi%@: %.1f MB/s per core (CPU time) (%d articles, %d KB × %d rounds, best round %.1f MB/s; %d entities)",
                         only.map { " " + $0 } ?? "", mbps, texts.count, bytes / 1000, rounds, best, found / rounds))
        },
    ]
}

/// The articles of `entities-multi` (bodies without their headlines).
enum MultilingualTexts {
    static let all: [(body: String, language: String)] = [
        (#"""
В Минске прошло заседание межправительственной комиссии. Аким Карагандинской области Ермаганбет Булекбаев принял участие в работе форума по видеосвязи из Астаны.

По итогам встречи Министерство иностранных дел Беларуси и Агентство по инвестициям Узбекистана подписали меморандум. Документ был одобрен Государственной думой. Следующее заседание пройдёт в Самарканде.
"""#, "ru"),
        (#"""
Глава МИД России встретился в Ханое с министром иностранных дел Вьетнама Буй Тхань Шоном. Переговоры прошли в здании Министерства иностранных дел Вьетнама. Аким Алматинской области Марат Султангазиев провёл отдельную встречу с руководством провинции Куангнинь.
"""#, "ru"),
        (#"""
Губернатор Андрей Травников провёл встречу с Ильёй Петровым, генеральным директором компании «Сибирская энергетика». По словам Анны Смирновой, проект получит поддержку. Посол обсудил сотрудничество с провинцией Хэйлунцзян.
"""#, "ru"),
        (#"""
Theo Bộ Tài chính, nguồn thu ngân sách tăng mạnh. Bộ Tài chính cho biết sẽ trình Chính phủ đề án mới.

Tổng công ty Điện lực miền Bắc đã hoàn thành dự án. Bộ Giáo dục và Đào tạo ban hành quy chế thi. Bộ Kế hoạch và Đầu tư và Bộ Tài nguyên và Môi trường phối hợp với Ủy ban Nhân dân tỉnh Bắc Ninh.

Chủ tịch nước Võ Trọng Hải tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki tại Phủ Chủ tịch. Thủ tướng Trịnh Quốc Bảo chủ trì phiên họp. Ông Hải nhấn mạnh quan hệ hữu nghị.
"""#, "vi"),
        (#"""
Theo Bộ Tài chính, nguồn thu ngân sách tăng mạnh. Bộ Tài chính cho biết sẽ trình Chính phủ đề án mới.

Tổng công ty Điện lực miền Bắc đã hoàn thành dự án. Bộ Giáo dục và Đào tạo ban hành quy chế thi. Bộ Kế hoạch và Đầu tư và Bộ Tài nguyên và Môi trường phối hợp với Ủy ban Nhân dân tỉnh Bắc Ninh.

Chủ tịch nước Võ Trọng Hải tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki tại Phủ Chủ tịch. Thủ tướng Trịnh Quốc Bảo chủ trì phiên họp. Ông Hải nhấn mạnh quan hệ hữu nghị.
"""#, "vi"),
        (#"""
Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, cho biết bệnh viện Chợ Rẫy đã tiếp nhận 200 ca. Đoàn công tác sẽ thăm tỉnh Thừa Thiên Huế. Theo Tổng cục Thống kê (GSO), kinh tế tăng trưởng 7%.
"""#, "vi"),
        (#"""
Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, cho biết bệnh viện Chợ Rẫy đã tiếp nhận 200 ca. Đoàn công tác sẽ thăm tỉnh Thừa Thiên Huế. Theo Tổng cục Thống kê (GSO), kinh tế tăng trưởng 7%.
"""#, "vi"),
        (#"""
国家主席习近平15日在人民大会堂会见哈萨克斯坦总统托卡耶夫。外交部发言人毛宁在例行记者会上表示，中方愿加强合作。中国石油天然气集团有限公司与哈萨克斯坦国家石油公司签署了合作协议。中国工商银行和国家发展和改革委员会的代表出席了签字仪式。商务部部长王文涛与哈方经济部长举行了会谈。老挝副总理宋赛·西潘敦和广西壮族自治区的代表也参加了论坛。
"""#, "zh"),
        (#"""
أعلنت شركة أرامكو السعودية اليوم عن توقيع اتفاقية مع مؤسسة البترول الكويتية.
وقال أمين الناصر رئيس الشركة إن المشروع سيبدأ العام المقبل. وأضاف الناصر أن الاستثمارات ستبلغ ملياري دولار.
من جانبه، رحب وزير النفط الكويتي طارق الرومي بالاتفاق. وأعلنت وزارة الاستثمار والتجارة الخارجية أن الرومي سيزور الرياض.
"""#, "ar"),
        (#"""
التقى وزير الخارجية الأردني أيمن الصفدي اليوم رئيس مجلس النواب الأردني أحمد الصفدي. وأكد الصفدي أهمية التعاون.
"""#, "ar"),
        (#"""
Under the deal, Petrobras and Ecopetrol will share satellite data along the Amazon river. Analysts said the Intergovernmental Authority on Development would meet in Djibouti on Monday.
"""#, "en"),
        (#"""
Le président sénégalais Bassirou Diomaye Faye a reçu mardi à Dakar le Premier ministre ivoirien Robert Beugré Mambé. Mardi, le ministre de l'Économie Abdourahmane Sarr avait rencontré la Société tunisienne de l'électricité et du gaz (STEG).
"""#, "fr"),
        (#"""
وقال والي بنك المغرب عبد اللطيف الجواهري في مؤتمر صحفي بالرباط إن التضخم تراجع. وأضاف الجواهري أن النمو سيتحسن.
من جهتها، أكدت وزيرة الاقتصاد والمالية نادية فتاح العلوي أن الحكومة ستواصل دعم القدرة الشرائية.
"""#, "ar"),
        (#"""
Bundeskanzler Friedrich Merz hat am Montag in Berlin den polnischen Ministerpräsidenten Donald Tusk empfangen. Nach Angaben des Auswärtigen Amts ging es um die Unterstützung der Ukraine. Die Deutsche Bahn will die Verbindung ausbauen. Finanzminister Lars Klingbeil sagte, die Bundesregierung werde 500 Millionen Euro bereitstellen.
"""#, "de"),
        (#"""
The Bank of Thailand warned the plan could push public debt higher. On Tuesday, Finance Minister Ekniti Nitithanprapas met executives from PTT Public Company Limited and Siam Cement Group. Bhumjaithai Party lawmakers backed the bill, while the People's Party opposition called it reckless.
"""#, "en"),
        (#"""
Министр иностранных дел Армении Арарат Мирзоян провёл переговоры с генеральным секретарём ОДКБ Имангали Тасмагамбетовым. Ранее председатель Национального собрания Ален Симонян встретился со спикером парламента Грузии Шалвой Папуашвили. Компания «Газпром Армения» сообщила о снижении тарифов.
"""#, "ru"),
        (#"""
Thủ tướng Phạm Minh Chính đã tiếp Chủ tịch Tập đoàn Foxconn Lưu Dương Vĩ tại Hà Nội. Thủ tướng đề nghị Foxconn mở rộng đầu tư. Dự buổi tiếp có Chủ tịch Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp Nguyễn Hoàng Anh.
"""#, "vi"),
        (#"""
Thủ tướng Phạm Minh Chính đã tiếp Chủ tịch Tập đoàn Foxconn Lưu Dương Vĩ tại Hà Nội. Thủ tướng đề nghị Foxconn mở rộng đầu tư. Dự buổi tiếp có Chủ tịch Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp Nguyễn Hoàng Anh.
"""#, "vi"),
        (#"""
Le trafic était perturbé à l'appel de la CGT et de Sud-Rail. La présidente de la région Île-de-France, Valérie Pécresse, a demandé un service minimum. En Bretagne, les TER ont circulé normalement. Janvier avait été calme.
"""#, "fr"),
        (#"""
التقى رئيس الوزراء العراقي محمد شياع السوداني في بغداد اليوم وفدا من صندوق النقد الدولي برئاسة إيريك ماتيسين.
وأكد السوداني أن الحكومة ماضية في تنويع مصادر الدخل. وقال المتحدث باسم الوزارة عاصم جهاد إن الصادرات ارتفعت.
من جهة أخرى، استقبل رئيس إقليم كردستان نيجيرفان بارزاني في أربيل السفير الأمريكي.
"""#, "ar"),
        (#"""
LAGOS, Jan 15 (Reuters) - Nigeria's state oil firm raised petrol prices for the second time this month. Dangote Refinery said it would keep supplying the market. Economists at Lagos Business School said inflation could top 30%. Pour Human Rights Watch, la décision viole la Constitution.
"""#, "en"),
        (#"""
Chủ tịch Ủy ban Nhân dân thành phố Hồ Chí Minh Nguyễn Văn Được làm việc với Ngân hàng Thế giới. Bộ trưởng Thương mại Hàn Quốc Ahn Duk-geun cho biết Tập đoàn LG sẽ ký thỏa thuận.
"""#, "vi"),
        (#"""
Chủ tịch Ủy ban Nhân dân thành phố Hồ Chí Minh Nguyễn Văn Được làm việc với Ngân hàng Thế giới. Bộ trưởng Thương mại Hàn Quốc Ahn Duk-geun cho biết Tập đoàn LG sẽ ký thỏa thuận.
"""#, "vi"),
        (#"""
印度储备银行行长马尔霍特拉表示，两国将扩大本币结算。苏杰生随后前往圣彼得堡，出席俄印政府间委员会会议。
"""#, "zh"),
        (#"""
Según el Ministerio de Minería, Codelco firmará un acuerdo con la Sociedad Química y Minera (SQM). El Banco Central de Chile mantuvo la tasa de interés.
"""#, "es"),
        (#"""
外交部发言人毛宁在例行记者会上回答了提问。毛宁说，中方欢迎各方参与。商务部部长王文涛会见了外宾。王文涛表示，双方应加强沟通。
"""#, "zh"),
        (#"""
Phó Thủ tướng Hồ Đức Phớc làm việc với lãnh đạo Tập đoàn Dầu khí Quốc gia Việt Nam.
"""#, "vi"),
        (#"""
Phó Thủ tướng Hồ Đức Phớc làm việc với lãnh đạo Tập đoàn Dầu khí Quốc gia Việt Nam.
"""#, "vi"),
        (#"""
Federal Reserve Chair Jerome Powell said the central bank would keep rates unchanged.
"""#, "en"),
        (#"""
来自哈尔滨市和石家庄市的企业签约。代表团随后前往西安市参观。新疆维吾尔自治区党委书记马兴瑞表示欢迎。中国石油化工集团公司签署了协议。
"""#, "zh"),
        (#"""
استضافت العاصمة السعودية الرياض اليوم الاجتماع الوزاري لمنظمة الأقطار العربية المصدرة للبترول، بمشاركة وزراء الطاقة والنفط في الدول الأعضاء. وافتتح الاجتماع وزير الطاقة السعودي الأمير عبد العزيز بن سلمان، الذي أكد أهمية التنسيق بين المنتجين للحفاظ على استقرار الأسواق.

وقال عبد العزيز بن سلمان إن المملكة ملتزمة بالاتفاقات المبرمة في إطار تحالف أوبك بلس، مشيرا إلى أن الطلب العالمي على النفط سيواصل النمو خلال السنوات المقبلة. وأضاف أن شركة أرامكو السعودية تعمل على زيادة طاقتها الإنتاجية من الغاز الطبيعي.

من جانبه، أكد وزير النفط العراقي حيان عبد الغني أن العراق يسعى إلى رفع صادراته عبر ميناء البصرة وخط أنابيب كركوك جيهان. وأوضح عبد الغني أن وزارة النفط العراقية وقعت عقودا مع شركات صينية وفرنسية لتطوير حقول الغاز في الجنوب.

وشارك في الاجتماع وزير الطاقة الإماراتي سهيل المزروعي، الذي استعرض تجربة بلاده في مجال الطاقة المتجددة. وقال المزروعي إن شركة أبوظبي الوطنية للطاقة المتجددة مصدر تستثمر في مشاريع الطاقة الشمسية في أكثر من أربعين دولة. كما تحدث وزير البترول المصري كريم بدوي عن اكتشافات الغاز في البحر المتوسط.

وعلى هامش الاجتماع، التقى الأمين العام لمنظمة أوابك جمال عيسى اللوغاني وفدا من البنك الدولي برئاسة فريد بلحاج. وبحث الجانبان سبل تمويل مشاريع الربط الكهربائي بين الدول العربية. وأكد اللوغاني أن المنظمة ستصدر تقريرا شاملا عن آفاق الطاقة في المنطقة.

وفي ختام الاجتماع، صدر بيان مشترك رحب بالتعاون مع الصين والهند واليابان، ودعا إلى مزيد من الاستثمار في تقنيات احتجاز الكربون. ومن المقرر أن يعقد الاجتماع المقبل في الكويت، بحضور وزير النفط الكويتي طارق الرومي.
"""#, "ar"),
        (#"""
قرر مجلس بنك المغرب خلال اجتماعه الفصلي اليوم في الرباط الإبقاء على سعر الفائدة الرئيسي دون تغيير عند مستوى اثنين وربع في المئة. وقال والي بنك المغرب عبد اللطيف الجواهري في مؤتمر صحفي إن التضخم تراجع إلى أقل من اثنين في المئة.

وأوضح الجواهري أن النمو الاقتصادي سيتحسن خلال العام المقبل بفضل انتعاش القطاع الفلاحي وارتفاع الاستثمارات العمومية. وأضاف أن المندوبية السامية للتخطيط تتوقع نموا بنسبة أربعة في المئة. وأشار إلى أن صندوق النقد الدولي أشاد بالإصلاحات التي تنفذها الحكومة المغربية.

من جهتها، أكدت وزيرة الاقتصاد والمالية نادية فتاح العلوي أن الحكومة ستواصل دعم القدرة الشرائية للمواطنين. وقالت فتاح العلوي إن مشروع قانون المالية يتضمن زيادة في الأجور وتخفيضات ضريبية. كما أعلن رئيس الحكومة عزيز أخنوش عن برنامج جديد لدعم السكن.

وفي الدار البيضاء، رحب رئيس الاتحاد العام لمقاولات المغرب شكيب لعلج بقرار البنك المركزي. وقال لعلج إن المقاولات الصغيرة والمتوسطة تحتاج إلى تسهيلات في التمويل. وأضاف أن التجاري وفا بنك والبنك الشعبي المركزي أطلقا برامج تمويل جديدة.

على صعيد آخر، استقبل وزير الخارجية المغربي ناصر بوريطة في الرباط نظيره الموريتاني محمد سالم ولد مرزوك. وبحث الجانبان تعزيز التعاون الاقتصادي ومشروع خط أنابيب الغاز بين نيجيريا والمغرب. وأكد بوريطة أن المشروع سيعود بالنفع على دول غرب أفريقيا كلها.
"""#, "ar"),
        (#"""
В Минске в четверг состоялось очередное заседание белорусско-казахстанской межправительственной комиссии по торгово-экономическому сотрудничеству. Белорусскую делегацию возглавил первый заместитель премьер-министра Николай Снопков, казахстанскую — заместитель премьер-министра Серик Жумангарин.

По словам Николая Снопкова, товарооборот между странами за девять месяцев вырос на 14 процентов и превысил миллиард долларов. Основу поставок составляют грузовые автомобили, сельскохозяйственная техника и продукты питания. Министерство промышленности Беларуси предложило расширить сборку тракторов на предприятиях Костанайской области, а Министерство сельского хозяйства Казахстана выразило интерес к поставкам семенного картофеля.

Отдельно стороны обсудили транзит через территорию России. Глава Белорусской железной дороги Сергей Фурсов сообщил, что количество контейнерных поездов в направлении Алматы и Ташкента удвоилось. Аким Карагандинской области Ермаганбет Булекбаев пригласил белорусских инвесторов в индустриальную зону под Караганды и напомнил, что в регионе уже работают совместные предприятия с Минским тракторным заводом и компанией «Амкодор».

В работе комиссии приняли участие представители Евразийской экономической комиссии и Национального банка Республики Беларусь. Председатель правления Национального банка Роман Головченко отметил, что доля расчётов в национальных валютах достигла 90 процентов. Посол Казахстана в Беларуси Ержан Кистафин сообщил о подготовке визита президента Касым-Жомарта Токаева в Минск в начале следующего года.

По итогам заседания подписан протокол и дорожная карта на 2027 год. Следующее заседание комиссии пройдёт в Астане. Ранее Государственный комитет по науке и технологиям Беларуси и Министерство науки и высшего образования Казахстана договорились о совместных исследованиях в области материаловедения. В Гомеле и Павлодаре откроются центры трансфера технологий, сообщили в пресс-службе Совета министров.

Эксперты Евразийского банка развития считают, что потенциал сотрудничества далеко не исчерпан. По оценке главного экономиста банка Ярослава Лисоволика, рост торговли может продолжиться и в следующем году, если стороны решат вопрос с логистикой на границе с Россией. Встреча с Ярославом Лисоволиком прошла на полях форума в Санкт-Петербурге.
"""#, "ru"),
        (#"""
Министр иностранных дел России Сергей Лавров провёл в Ханое переговоры с министром иностранных дел Вьетнама Буй Тхань Шоном. Стороны обсудили подготовку визита генерального секретаря ЦК Коммунистической партии Вьетнама То Лама в Москву и ход реализации совместных проектов в энергетике.

По словам Сергея Лаврова, компания «Зарубежнефть» и корпорация «Петровьетнам» договорились о продлении работы совместного предприятия «Вьетсовпетро» до 2035 года. Кроме того, «Росатом» предложил построить во Вьетнаме центр ядерной науки и технологий. Вице-премьер Чан Хонг Ха, встретившийся с российской делегацией накануне, поддержал эту инициативу.

Буй Тхань Шон отметил, что товарооборот между странами в прошлом году превысил семь миллиардов долларов. Вьетнам заинтересован в поставках удобрений и пшеницы, а российские компании — в поставках кофе, морепродуктов и текстиля. Министерство промышленности и торговли Вьетнама и Министерство экономического развития России подготовили план действий до 2030 года.

Отдельно обсуждалось развитие туризма. Авиакомпания «Аэрофлот» возобновила прямые рейсы из Москвы в Нячанг и Фукуок, а провинция Кханьхоа готова принять больше туристов из России. Губернатор Приморского края Олег Кожемяко сообщил о планах открыть рейсы из Владивостока в Дананг.

В тот же день Сергей Лавров встретился с председателем Национального собрания Вьетнама Чан Тхань Маном. Председатель парламента подчеркнул важность межпарламентского сотрудничества и пригласил депутатов Государственной думы на форум в Хошимине. Переговоры с Чан Тхань Маном прошли в дружественной атмосфере, сообщили в Министерстве иностранных дел России.

На пресс-конференции Сергей Лавров ответил на вопросы журналистов о ситуации в Южно-Китайском море и отношениях с Китаем. Он также упомянул о сотрудничестве в рамках АСЕАН и Шанхайской организации сотрудничества. Российско-вьетнамский университет имени Ломоносова откроет филиал в Ханое в следующем учебном году.
"""#, "ru"),
        (#"""
Sáng nay tại thành phố Cần Thơ, Thủ tướng Phạm Minh Chính chủ trì hội nghị về phát triển kinh tế xã hội vùng Đồng bằng sông Cửu Long. Tham dự hội nghị có Phó Thủ tướng Trần Hồng Hà, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan cùng lãnh đạo 13 tỉnh, thành phố trong vùng.

Phát biểu khai mạc, Thủ tướng nhấn mạnh vùng Đồng bằng sông Cửu Long có vai trò đặc biệt quan trọng đối với an ninh lương thực quốc gia. Theo Tổng cục Thống kê, năm qua sản lượng lúa của vùng đạt hơn 24 triệu tấn, chiếm hơn một nửa sản lượng cả nước. Kim ngạch xuất khẩu gạo, thủy sản và trái cây tiếp tục tăng mạnh.

Ông Nguyễn Chí Dũng cho biết Bộ Kế hoạch và Đầu tư đã trình Chính phủ quy hoạch vùng giai đoạn 2021 đến 2030. Quy hoạch xác định các hành lang kinh tế, trong đó có tuyến cao tốc Cần Thơ Cà Mau và cảng biển Trần Đề. Chủ tịch Ủy ban Nhân dân tỉnh Sóc Trăng Trần Văn Lâu đề nghị sớm triển khai dự án cảng.

Bộ trưởng Lê Minh Hoan cho rằng cần chuyển từ tư duy sản xuất nông nghiệp sang tư duy kinh tế nông nghiệp. Ngân hàng Nhà nước Việt Nam cam kết dành gói tín dụng 15 nghìn tỷ đồng cho lâm sản và thủy sản. Tập đoàn Điện lực Việt Nam sẽ đầu tư thêm các trạm biến áp để bảo đảm cung cấp điện cho các nhà máy chế biến.

Tại hội nghị, Ngân hàng Thế giới và Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) cũng chia sẻ kinh nghiệm ứng phó với biến đổi khí hậu và xâm nhập mặn. Đại sứ Nhật Bản tại Việt Nam Ito Naoki khẳng định Nhật Bản sẵn sàng hỗ trợ các dự án thủy lợi.

Kết luận hội nghị, Thủ tướng Phạm Minh Chính yêu cầu các bộ, ngành và địa phương khẩn trương hoàn thiện thể chế, tháo gỡ vướng mắc cho doanh nghiệp. Thủ tướng giao Bộ Tài chính cân đối nguồn vốn và giao Bộ Giao thông vận tải đẩy nhanh tiến độ các công trình trọng điểm. Ông Chính cũng đề nghị Thành phố Hồ Chí Minh tăng cường liên kết với các tỉnh trong vùng.
"""#, "vi"),
        (#"""
Chiều ngày 12, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại sứ các nước đến trình quốc thư. Dự buổi lễ có Thứ trưởng Bộ Ngoại giao Đặng Hoàng Giang, Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải cùng đại diện các bộ, ngành.

Tiếp Đại sứ Hàn Quốc Choi Young-sam, Chủ tịch nước đánh giá cao sự đóng góp của các doanh nghiệp Hàn Quốc như Tập đoàn Samsung và Tập đoàn LG vào tăng trưởng kinh tế Việt Nam. Đại sứ Choi Young-sam cho biết Hàn Quốc mong muốn nâng kim ngạch thương mại song phương lên 150 tỷ đô la Mỹ.

Tiếp Đại sứ Cộng hòa Pháp Olivier Brochet, Chủ tịch nước Lương Cường đề nghị hai bên tăng cường hợp tác trong lĩnh vực giáo dục, y tế và văn hóa. Trường Đại học Khoa học và Công nghệ Hà Nội là biểu tượng của hợp tác giáo dục giữa hai nước. Ông Brochet khẳng định Pháp sẽ tiếp tục hỗ trợ Việt Nam trong chuyển đổi năng lượng.

Tiếp Đại sứ Liên bang Nga Gennady Bezdetko, Chủ tịch nước đề nghị Nga tạo điều kiện cho hàng nông sản của Việt Nam vào thị trường Nga. Hai bên cũng trao đổi về hợp tác dầu khí giữa Tập đoàn Dầu khí Quốc gia Việt Nam và các đối tác Nga tại Liên doanh Vietsovpetro.

Theo Thông tấn xã Việt Nam (TTXVN), trong tháng này Chủ tịch nước sẽ tham dự Hội nghị Cấp cao Diễn đàn Hợp tác Kinh tế châu Á Thái Bình Dương (APEC) tại Peru. Trước đó, Thủ tướng Phạm Minh Chính đã có chuyến công tác tại Trung Quốc và làm việc với lãnh đạo tỉnh Vân Nam và Khu tự trị dân tộc Choang Quảng Tây.

Cùng ngày, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên làm việc với Tổng giám đốc Tập đoàn Vingroup Nguyễn Việt Quang về dự án nhà máy ô tô điện tại Hải Phòng. Ông Diên đề nghị doanh nghiệp tăng tỷ lệ nội địa hóa. Ủy ban Nhân dân thành phố Hải Phòng cam kết bố trí đất cho dự án.
"""#, "vi"),
        (#"""
Chiều ngày 12, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại sứ các nước đến trình quốc thư. Dự buổi lễ có Thứ trưởng Bộ Ngoại giao Đặng Hoàng Giang, Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải cùng đại diện các bộ, ngành.

Tiếp Đại sứ Hàn Quốc Choi Young-sam, Chủ tịch nước đánh giá cao sự đóng góp của các doanh nghiệp Hàn Quốc như Tập đoàn Samsung và Tập đoàn LG vào tăng trưởng kinh tế Việt Nam. Đại sứ Choi Young-sam cho biết Hàn Quốc mong muốn nâng kim ngạch thương mại song phương lên 150 tỷ đô la Mỹ.

Tiếp Đại sứ Cộng hòa Pháp Olivier Brochet, Chủ tịch nước Lương Cường đề nghị hai bên tăng cường hợp tác trong lĩnh vực giáo dục, y tế và văn hóa. Trường Đại học Khoa học và Công nghệ Hà Nội là biểu tượng của hợp tác giáo dục giữa hai nước. Ông Brochet khẳng định Pháp sẽ tiếp tục hỗ trợ Việt Nam trong chuyển đổi năng lượng.

Tiếp Đại sứ Liên bang Nga Gennady Bezdetko, Chủ tịch nước đề nghị Nga tạo điều kiện cho hàng nông sản của Việt Nam vào thị trường Nga. Hai bên cũng trao đổi về hợp tác dầu khí giữa Tập đoàn Dầu khí Quốc gia Việt Nam và các đối tác Nga tại Liên doanh Vietsovpetro.

Theo Thông tấn xã Việt Nam (TTXVN), trong tháng này Chủ tịch nước sẽ tham dự Hội nghị Cấp cao Diễn đàn Hợp tác Kinh tế châu Á Thái Bình Dương (APEC) tại Peru. Trước đó, Thủ tướng Phạm Minh Chính đã có chuyến công tác tại Trung Quốc và làm việc với lãnh đạo tỉnh Vân Nam và Khu tự trị dân tộc Choang Quảng Tây.

Cùng ngày, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên làm việc với Tổng giám đốc Tập đoàn Vingroup Nguyễn Việt Quang về dự án nhà máy ô tô điện tại Hải Phòng. Ông Diên đề nghị doanh nghiệp tăng tỷ lệ nội địa hóa. Ủy ban Nhân dân thành phố Hải Phòng cam kết bố trí đất cho dự án.
"""#, "vi"),
        (#"""
新华社阿斯塔纳11月20日电 国务院总理李强20日在阿斯塔纳同哈萨克斯坦总理别克捷努罗夫举行会谈。双方一致同意深化共建一带一路合作，扩大贸易、投资、能源和交通领域合作。

李强表示，中方愿同哈方加强发展战略对接，推动中欧班列和跨里海国际运输走廊建设。中国国家铁路集团有限公司将与哈萨克斯坦国家铁路公司合作，提升霍尔果斯口岸通关效率。国家发展和改革委员会主任郑栅洁和商务部部长王文涛出席了会谈。

别克捷努罗夫说，哈方欢迎中国企业扩大在哈投资。会谈后，两国总理共同见证签署了经贸、能源、农业、教育等领域十余项合作文件。中国石油天然气集团有限公司与哈萨克斯坦国家石油天然气公司签署了天然气管道扩建协议，中国银行和哈萨克斯坦开发银行签署了融资合作协议。

当天下午，李强还会见了哈萨克斯坦议会下院议长科沙诺夫。李强表示，中方愿同哈方加强立法机构交流。全国人民代表大会常务委员会和哈萨克斯坦议会建立了定期交流机制。科沙诺夫表示，哈方高度重视对华关系。

据外交部发言人林剑介绍，此访是李强就任总理以来首次访问中亚国家。访问期间，李强还出席了上海合作组织成员国政府首脑理事会会议。会议由哈萨克斯坦主办，俄罗斯总理米舒斯京、巴基斯坦总理谢里夫、印度外长苏杰生等出席。

此前，新疆维吾尔自治区人民政府主席艾尔肯·吐尼亚孜率团访问了阿拉木图市，同当地企业家举行了座谈。乌鲁木齐市和阿拉木图市签署了友好城市合作备忘录。中国工商银行阿拉木图分行行长表示，将为两国企业提供更好的金融服务。
"""#, "zh"),
        (#"""
本报吉隆坡9月18日电 第二十七次东盟与中日韩经贸部长会议18日在马来西亚吉隆坡举行。商务部部长王文涛率团出席会议，马来西亚投资贸易和工业部部长扎夫鲁主持会议。日本经济产业大臣武藤容治、韩国产业通商资源部部长安德根等出席。

王文涛表示，在全球经济复苏乏力的背景下，中方愿同各方加强区域全面经济伙伴关系协定的高质量实施，推动区域产业链供应链稳定畅通。中方支持东盟在区域合作中的中心地位，愿同东盟国家加快推进中国东盟自由贸易区三点零版升级议定书的生效实施。

扎夫鲁说，东盟国家高度重视同中国的经贸关系，中国已连续多年保持东盟第一大贸易伙伴地位。越南工贸部部长阮鸿延表示，越方愿同中方在数字经济和绿色经济领域开展更多合作。印度尼西亚贸易部长布迪·桑托索也发言支持扩大区域贸易。

会议期间，王文涛还分别会见了新加坡贸工部长颜金勇和泰国商业部长比差。王文涛说，中国国际进口博览会将为东盟企业提供更多机遇。中国贸促会和马来西亚对外贸易发展局签署了合作备忘录，阿里巴巴集团和京东集团的代表也参加了企业家论坛。

据了解，亚洲开发银行和亚洲基础设施投资银行的代表介绍了区域基础设施融资情况。亚洲基础设施投资银行行长金立群此前表示，将继续支持东盟国家的互联互通项目。广西壮族自治区和云南省的代表团介绍了面向东盟的开放合作举措，南宁市和昆明市将举办更多经贸展会。
"""#, "zh"),
    ]
}
