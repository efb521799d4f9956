#!/usr/bin/env python3
"""Writes holdout35-gold.json for the articles in holdout35/ (same format and conventions as make-gold-holdout31.py).
The first set of Japanese and Korean only (8 ja, 8 ko), in the genres users load:
590 ja Kyodo 【ワシントン共同】: a foreign minister's visit to Washington (日米, 米中, 露朝, 日米韓, 訪米);
591 ja Jiji 〔時事〕: a fraud trial at the Tokyo District Court (被告/容疑者/裁判長 after names written with a space);
592 ja NHK: a precision-parts maker's half-year result (株式会社, 米中, 'EV＝電気自動車'); 593 ja Asahi: a takeover of a
US medical-device maker ((株), ホールディングス, 米ミネソタ州, 英, 米司法省, 訪米); 594 ja Kyodo: the baseball awards
(teams named by their towns and sponsors, katakana names with two middle dots, a surname 堀米 holding 米);
595 ja Kyodo 【ソウル共同】: a Japan–Korea football match (日韓, katakana Korean names); 596 ja Asahi: a textile artist's
retrospective in Kyoto (さん, 故…氏, 渡仏, 仏独, 日仏, 独ベルリン); 597 ja NHK: bear sightings in Kita-Akita
(prefecture + city written together, 市長, 准教授); 598 ko Yonhap (워싱턴=연합뉴스): a foreign minister's visit (美,
한미, 방미, 한미일, 국민의힘, 더불어민주당, 국회); 599 ko KBS: a rental-fraud sentence at the Incheon District Court
(씨 with and without a space, 부장판사, a two-syllable surname 남궁); 600 ko: a display maker's quarterly result (OLED,
IT, digits, 삼성전자, 경기 파주시); 601 ko Yonhap: a takeover of a Japanese drug maker (日 in the headline, a Japanese
name in hangul, FDA); 602 ko Yonhap: a KBO pitcher's new contract (LG, 두산, MLB, KBO); 603 ko KBS: the Korea Cup final
(울산 the club and 울산 the city); 604 ko Chosun: a novelist's French prize (佛, 전남 신안군, a publisher); 605 ko:
an eco-tourism zone around Daecheong Lake (충북 옥천군, 면, 군수, 군의회).
Hard cases on purpose: Japanese names with and without the space between family and given name and with さん, 氏,
外相, 社長, 被告, 容疑者, 監督, 投手, 裁判長, 館長, 市長 glued after them; katakana names with ・ and ＝; one-character
country abbreviations alone and in compounds (米, 中, 韓, 日, 露, 英, 仏, 独, 朝; 美, 佛, 日 in Korean headlines);
companies with 株式会社, (株), ホールディングス; Korean three-syllable names with titles (장관, 의원, 부장판사, 회장, 감독,
군수, 연구원, 부사장) and particles glued (은/는/이/가/을/를/의/와/과/에서/에게/도/로); Korean country names with
particles (미국과, 중국의, 일본은); clubs named like their towns; Latin words and digits inside.
People, companies, the publisher and the securities firm are invented; cities, prefectures, provinces, clubs, parties
and well-known institutions are real. Every invented name was checked with grep to be new to the seeds, the
non-sentinel sets, knowledge-base.json and places.json (the sentinels were not opened). Written, and its gold fixed
and committed, before the extractor ran on it.
Conventions as holdout31, and for these two languages:
- Particles are no part of a name: the gold alias is the name without the Korean particle or Japanese postposition
  (삼성전자는 → 삼성전자, 서울에서 → 서울); 씨 (with or without a space), さん, 氏 and every title or role after a name
  (外相, 社長, 被告, 容疑者, 장관, 의원, 감독 …) are no part of it either. A surname alone after the full name
  (宮坂氏, 에스피노사) is an alias; the Korean surname alone (한 장관) is not.
- A Japanese name written with a space has the joined form as an alias too, and the other way round is not added.
- Country abbreviations count the country wherever they stand (米国務長官, 訪米, 日米韓, 露朝, 渡仏, 美, 佛, 日);
  a country inside an organization's name counts (日本野球機構, 한국거래소, 한국수자원공사), a city's country does
  not (the dateline ソウル gives no KR); 대한 (大韓, in 대한축구협회) counts KR, and 日本時間/日本人 count JP.
- A prefecture or province before a city (秋田県北秋田市, 東京都港区, 전남 신안군, 경기 파주시, 충북 옥천군) is two
  places when the prefecture is named on its own elsewhere in the article, else the pair is an alias of the city.
- Clubs named by their town or sponsor (広島, ソフトバンク, DeNA, LG, 두산, 울산, 전북) are the club's aliases; the town
  itself (울산에서 버스를 타고 …) is a place. Competitions, prizes, leagues' seasons, titles of works, treaties and
  market segments are no entities; the leagues (セ・リーグ, パ・リーグ, 메이저리그) are organizations.
- Agencies on the dateline or at the end (共同, 時事, 연합뉴스, KBS 뉴스) are organizations; reporters are people."""
import os
from goldlib import P, O, L, write_gold
KYODO = (O, "共同通信", ["共同"])
YONHAP = (O, "연합뉴스", [])
KBS = (O, "KBS", ["KBS 뉴스"])
G = {
 "590_ja.txt": ("ja", ["US", "JP", "CN", "KP", "KR", "RU", "UA"], [
  (L, "ワシントン", []), KYODO, (P, "宮坂忠彦", ["宮坂"]), (O, "国務省", []),
  (P, "マーカス・ヘイルウッド", ["ヘイルウッド"]), (L, "沖縄県", ["沖縄"]), (L, "尖閣諸島", []), (L, "ソウル", []),
  (O, "外務省", []), (L, "ニューヨーク", []), (O, "国際連合", ["国連"]),
  (P, "マリー＝クレール・ランベルティ", ["ランベルティ"]), (O, "自由民主党", ["自民党"]),
  (P, "堀之内まどか", ["堀之内"])]),
 "591_ja.txt": ("ja", ["SG"], [
  (O, "東京地方裁判所", ["東京地裁"]), (O, "三輪田産業", []), (L, "港区", ["東京都港区"]),
  (P, "榊原 孝道", ["榊原孝道", "榊原"]), (P, "大野木 玲子", ["大野木玲子"]), (P, "戸叶 智史", ["戸叶智史", "戸叶"]),
  (O, "城北中央信用金庫", []), (O, "警視庁", ["警視庁捜査2課"]), (P, "柳瀬直人", []), (O, "時事通信", ["時事"])]),
 "592_ja.txt": ("ja", ["US", "TW", "CN", "DE"], [
  (O, "北辰精機株式会社", ["北辰精機"]), (P, "鳴海 浩一郎", ["鳴海浩一郎"]), (L, "熊本県", []), (L, "菊陽町", []),
  (O, "ヴァルトハイム・プレツィジオン", []), (O, "東京証券取引所", ["東証"])]),
 "593_ja.txt": ("ja", ["US", "JP", "GB"], [
  (O, "東邦ライフテック(株)", ["東邦ライフテック", "東邦ライフテック株式会社"]), (L, "大阪市", ["大阪"]),
  (O, "ブライトリッジ・メディカル", ["ブライトリッジ"]), (L, "ミネソタ州", ["ミネソタ"]), (P, "加賀美誠", ["加賀美"]),
  (O, "三つ葉銀行", []), (O, "東邦グローバルホールディングス", []), (P, "レベッカ・オコナー＝ヘイズ", []),
  (O, "司法省", ["米司法省"])]),
 "594_ja.txt": ("ja", ["VE", "JP"], [
  (O, "日本野球機構", ["NPB"]), (L, "東京都", []), (O, "セントラル・リーグ", ["セ・リーグ"]),
  (O, "パシフィック・リーグ", ["パ・リーグ"]), (O, "広島東洋カープ", ["広島"]), (O, "福岡ソフトバンクホークス", ["ソフトバンク"]),
  (P, "岩永翔太", ["岩永"]), (P, "ルイス・アルベルト・メンドーサ", ["メンドーサ"]),
  (O, "横浜DeNAベイスターズ", ["DeNA"]), (P, "堀米大和", ["堀米"]), (O, "オリックス・バファローズ", []),
  (P, "根来 颯真", ["根来颯真"]), (L, "新潟県", []), (P, "榎本 隆之", ["榎本隆之"])]),
 "595_ja.txt": ("ja", ["JP", "KR", "CN", "HK"], [
  (L, "ソウル", []), KYODO, (L, "ワールドカップ競技場", ["ソウルワールドカップ競技場"]), (P, "塩見颯太", ["塩見"]),
  (O, "川崎フロンターレ", []), (P, "ユン・ドギョン", []), (P, "大河原 陸", ["大河原陸"]), (O, "浦和レッズ", []),
  (P, "森脇英明", []), (P, "チェ・ミンギュ", []), (O, "日本サッカー協会", ["JFA"]), (L, "水原", [])]),
 "596_ja.txt": ("ja", ["FR", "DE", "JP"], [
  (L, "京都市", ["京都"]), (L, "左京区", ["京都市左京区"]), (O, "京都国立近代美術館", []), (P, "藤代千鶴", ["藤代"]),
  (L, "金沢市", ["石川県金沢市"]), (P, "稲垣 宗次郎", ["稲垣宗次郎"]), (L, "パリ", []),
  (O, "パリ装飾芸術美術館", []), (P, "セリーヌ・ボーマルシェ", []), (P, "福地真理子", []), (O, "朝日新聞社", []),
  (L, "ベルリン", [])]),
 "597_ja.txt": ("ja", ["KR", "TW"], [
  (L, "秋田県", ["秋田"]), (L, "北秋田市", ["秋田県北秋田市"]), (O, "秋田県警察", ["秋田県警"]),
  (O, "北秋田市猟友会", ["猟友会"]), (L, "阿仁地区", ["阿仁"]), (P, "津谷康晴", []), (P, "畠山 公男", ["畠山公男"]),
  (O, "秋田大学", []), (P, "沖田悠介", []), (O, "環境省", []), (L, "森吉山", [])]),
 "598_ko.txt": ("ko", ["US", "KP", "RU", "CN", "JP", "KR"], [
  (L, "워싱턴", ["워싱턴DC"]), YONHAP, (P, "정가람", []), (P, "한도윤", []), (O, "외교부", []), (O, "국무부", []),
  (P, "제임스 칼더우드", ["칼더우드"]), (L, "서울", []),
  (O, "국회 외교통일위원회", ["외교통일위원회", "국회"]), (O, "더불어민주당", []), (P, "위성훈", []),
  (O, "국민의힘", []), (P, "배지현", []), (L, "뉴욕", []), (O, "유엔", ["유엔 사무국", "국제연합"])]),
 "599_ko.txt": ("ko", ["VN"], [
  (O, "인천지방법원", ["인천지법", "인천지방법원 형사13부"]), (P, "남궁철", []), (L, "인천", []),
  (L, "부평구", ["인천 부평구"]), (L, "서구", []), (P, "류지현", []), (P, "석동민", []), (O, "인터폴", []),
  (P, "안소희", []), (O, "인천지방검찰청", ["인천지검"]), (O, "주택도시보증공사", ["HUG"]), (P, "윤채원", []), KBS]),
 "600_ko.txt": ("ko", ["US", "CN", "VN", "JP", "KR"], [
  (O, "한빛디스플레이", []), (P, "여민호", []), (L, "파주시", ["파주", "경기 파주시"]),
  (L, "하이퐁", []), (O, "삼성전자", []), (O, "누리투자증권", []), (P, "권태윤", []), (O, "한국거래소", [])]),
 "601_ko.txt": ("ko", ["JP", "KR", "US", "CN"], [
  (L, "서울", []), YONHAP, (P, "구하늘", []), (O, "대성바이오", []), (O, "미나토약품", []), (L, "도쿄", []),
  (L, "오사카", []), (L, "시즈오카", []), (P, "서태준", []), (P, "사카키 료헤이", []),
  (O, "후생노동성", ["일본 후생노동성"]), (O, "공정거래위원회", ["한국 공정거래위원회"]),
  (O, "식품의약국", ["FDA", "미국 식품의약국"])]),
 "602_ko.txt": ("ko", ["DO", "US", "JP", "KR"], [
  (L, "서울", []), YONHAP, (P, "방준혁", []), (O, "LG 트윈스", ["LG"]), (P, "라몬 에스피노사", ["에스피노사"]),
  (O, "두산 베어스", ["두산"]), (P, "천승호", []), (O, "메이저리그", ["MLB", "미국 메이저리그"]),
  (O, "요미우리 자이언츠", ["일본 요미우리 자이언츠"]), (O, "한국야구위원회", ["KBO"]), (P, "길현우", [])]),
 "603_ko.txt": ("ko", ["BR", "KR"], [
  (O, "울산 HD", ["울산"]), (O, "전북 현대", ["전북"]), (P, "도경민", []), (L, "서울월드컵경기장", []),
  (P, "세르지우 알메이다", ["알메이다"]), (P, "금태오", []), (P, "마상철", []), (O, "아시아축구연맹", ["AFC"]),
  (L, "울산", []), (P, "탁성우", []), (O, "대한축구협회", []), KBS]),
 "604_ko.txt": ("ko", ["FR", "KR", "GB", "DE"], [
  (P, "민채령", []), (L, "파리", []), (P, "클레르 뒤마로랑", []), (L, "신안군", ["전남 신안군"]), (O, "도서출판 달빛서재", ["달빛서재"]), (O, "한국문학번역원", []),
  (L, "목포", ["전남 목포"]), (O, "문화체육관광부", []), (P, "여정민", []), (O, "조선일보", ["조선일보 문화부"]),
  (P, "채윤서", [])]),
 "605_ko.txt": ("ko", ["JP", "KR"], [
  (L, "옥천군", ["충북 옥천군", "옥천"]), (L, "충청북도", ["충북"]), (L, "대청호", []), (P, "표재원", []),
  (L, "안내면", []), (L, "군북면", []), (O, "한국수자원공사", []), (O, "옥천군의회", []), (P, "육정애", []),
  (P, "남기열", []), (L, "나가노현", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout35", "holdout35-gold.json", G)
