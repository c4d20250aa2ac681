//! Spec tests for `classical_verse`: lines in, verse flags and cuts out.

use super::*;

#[test]
fn classical_verse_by_its_metre() {
    assert!(is_classical_verse(
        "满纸荒唐言，一把辛酸泪！都云作者痴，谁解其中味？"
    ));
    assert!(is_classical_verse("“长风破浪会有时，直挂云帆济沧海。”"));
    assert!(!is_classical_verse("坚持稳中求进，推动高质量发展。"));
    assert!(!is_classical_verse("不忘初心，牢记使命。"));
    assert!(!is_classical_verse("他笑道，你且去吧。"));
    assert!(!is_classical_verse("我们要团结一致，我们要艰苦奋斗。"));
    assert!(!is_classical_verse("人民共和国万岁，共产党党员万岁！"));
    assert!(!is_classical_verse("好，好，好。"));
    let lines = ["那僧笑道：", "满纸荒唐言，一把辛酸泪！", "说毕便走了。"];
    assert_eq!(classical_verse_lines(&lines), [false, true, false]);
}

#[test]
fn a_line_that_ends_in_a_colon_keeps_its_metre() {
    assert!(is_classical_verse("三十一世传殷纣，商家脉络如断弦："));
}

#[test]
fn announced_set_pieces_and_the_lines_after_them_are_verse() {
    let lines = [
        "一日，纣王早朝登殿，设聚文武。但见：",
        "瑞霭纷纭，金銮殿上坐君王；祥光缭绕，白玉阶前列文武。",
        "天子问当驾官：“有奏章出班，无事朝散。”言未毕，只见右班中一人出班。",
    ];
    assert_eq!(classical_verse_lines(&lines), [false, true, false]);
    // A long set piece announces no further lines; prose after it stays prose.
    let piece = [
        "真个好山！有词赋为证。赋曰：",
        "势镇汪洋，威宁瑶海。势镇汪洋，潮涌银山鱼入穴；威宁瑶海，波翻雪浪蜃离渊。木火方隅高积上，东海之处耸崇巅。",
        "那猴在山中，却会行走跳跃。你看他一个个：",
    ];
    assert_eq!(classical_verse_lines(&piece), [false, true, false]);
    // Dialogue after "道：" is no set piece, however short its clauses.
    let talk = ["悟空道：", "“师父，弟子在此，跪候多时。”", "祖师大喜。"];
    assert_eq!(classical_verse_lines(&talk), [false; 3]);
}

#[test]
fn a_line_of_short_clauses_between_lines_of_verse_is_verse() {
    let lines = [
        "都来总是精气神，谨固牢藏休漏泄。",
        "休漏泄，体中藏，汝受吾传道自昌。",
        "口诀记来多有益，屏除邪欲得清凉。",
        "得清凉，光皎洁，好向丹台赏明月。",
        "月藏玉兔日藏乌，自有龟蛇相盘结。",
    ];
    assert_eq!(classical_verse_lines(&lines), [true; 5]);
    let prose = [
        "满纸荒唐言，一把辛酸泪！",
        "他笑道，你且去吧，明日再来。",
        "都云作者痴，谁解其中味？",
    ];
    assert!(!classical_verse_lines(&prose)[1]);
}

/// The kinds and first characters of the blocks plain `text` reads as in a chapter's
/// body (after a paragraph of prose, which is left out).
fn blocks(text: &str) -> Vec<(&'static str, String)> {
    let text = format!("话说那猴在山中，却会行走跳跃，食草木，饮涧泉。\n{text}");
    crate::structure::parse(&text, crate::structure::InputFormat::Plain, None)
        .blocks
        .iter()
        .skip(1)
        .map(|b| (b.kind.name(), b.plain_text().chars().take(4).collect()))
        .collect()
}

fn expect(pairs: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    pairs.iter().map(|&(k, t)| (k, t.to_string())).collect()
}

#[test]
fn verse_run_in_after_announcing_words_stands_apart() {
    let text = "众人把门推开，看里面时，黑洞洞地，但见：昏昏默默，杳杳冥冥。数百年不见太阳光，亿万载难瞻明月影。\n众人一齐都到殿内，黑暗暗不见一物。\n";
    assert_eq!(
        blocks(text),
        expect(&[
            ("paragraph", "众人把门"),
            ("verse", "昏昏默默"),
            ("paragraph", "众人一齐")
        ])
    );
    // The prose taking up again after the piece is a paragraph of its own.
    let closing = "张飞大怒，便要提刀入帐来杀董卓。正是：人情势力古犹今，谁识英雄是白身？安得快人如翼德，尽诛世上负心人！毕竟董卓性命如何，且听下文分解。\n";
    assert_eq!(
        blocks(closing),
        expect(&[
            ("paragraph", "张飞大怒"),
            ("verse", "人情势力"),
            ("paragraph", "毕竟董卓")
        ])
    );
    // The storyteller's closing formula pairs its clauses (6+6) and is prose all the same.
    let formula =
        "却说孙坚引兵来战。正是：擒贼定须擒贼首，奇功端的待奇人。未知胜负如何，且听下文分解。\n";
    assert_eq!(
        blocks(formula),
        expect(&[
            ("paragraph", "却说孙坚"),
            ("verse", "擒贼定须"),
            ("paragraph", "未知胜负")
        ])
    );
    // A poem named before "曰：" announces it as well.
    let named = "遂解青州之围。后人有诗赞玄德曰：运筹决算有神功，二虎还须逊一龙。初出便能垂伟绩，自应分鼎在孤穷。\n";
    assert_eq!(
        blocks(named),
        expect(&[("paragraph", "遂解青州"), ("verse", "运筹决算")])
    );
    assert_eq!(
        run_in_verse(&["他问道：“正是：你来了么？”说罢便走。"]),
        [Vec::<usize>::new()]
    );
}

#[test]
fn a_poems_last_line_run_into_prose_is_cut_off_it() {
    let lines = [
        "众猴拜他为王。有诗为证。诗曰：",
        "三阳交泰产群生，仙石胞含日月精。",
        "借卵化猴完大道，假他名姓配丹成。",
        "内观不识因无相，外合明知作有形。",
        "历代人人皆属此，称王称圣任纵横。美猴王领一群猿猴、猕猴、马猴等，分派了君臣佐使。",
    ];
    let cut = "历代人人皆属此，称王称圣任纵横。".len();
    assert_eq!(run_in_verse(&lines)[4], [cut]);
    // A whole quatrain stands before the line: the couplet after it is prose.
    let whole = [
        "春采百花为饮食，夏寻诸果作生涯。",
        "秋收芋栗延时节，冬觅黄精度岁华。",
        "美猴王享乐天真，何期有三五百载。一日，与群猴喜宴之间，忽然忧恼。",
    ];
    assert!(run_in_verse(&whole)[2].is_empty());
}

#[test]
fn a_set_piece_running_on_into_prose_is_cut_where_its_pairs_end() {
    let lines = [
        "真个好山！有词赋为证。赋曰：",
        "势镇汪洋，威宁瑶海。丹崖怪石，削壁奇峰。瑶草奇花不谢，青松翠柏长春。正是百川会处擎天柱，万劫无移大地根。那座山，正当顶上，有一块仙石。其石有三丈六尺五寸高。",
    ];
    let cut = lines[1].find("那座山").unwrap();
    assert_eq!(run_in_verse(&lines)[1], [cut]);
    // A long piece known by its shape after a colon; two clauses that pair by chance in
    // prose ("一群猴子耍了一会，却去那山涧中洗澡。") do not carry it on.
    let unannounced = [
        "你看他一个个：",
        "跳树攀枝，采花觅果；抛弹子，踢毽儿；跑沙窝，砌宝塔；赶蜻蜓，扑蚂蚱；青松林下任他顽，绿水涧边随洗濯。一群猴子耍了一会，却去那山涧中洗澡。见那股涧水奔流。",
    ];
    let cut = unannounced[1].find("一群").unwrap();
    assert_eq!(run_in_verse(&unannounced)[1], [cut]);
    let cut = blocks(&format!("{}\n{}\n", unannounced[0], unannounced[1]));
    assert_eq!(cut[1].0, "verse");
}

#[test]
fn announcing_words_misprinted_and_the_closing_couplet() {
    // "正是。" for "正是：", and "恰似：", announce the piece on the next line.
    let stop = [
        "将至半山，果然好座大山。正是。",
        "根盘地角，顶接天心。远观磨断乱云痕，近看平吞明月魄。",
    ];
    assert_eq!(classical_verse_lines(&stop), [false, true]);
    let like = [
        "那响非同小可，恰似：",
        "天摧地塌，岳撼山崩。钱塘江上，潮头浪拥出海门来。",
    ];
    assert_eq!(classical_verse_lines(&like), [false, true]);
    // A piece's closing couplet on a short line of its own.
    let couplet = [
        "真个好所在。但见那：",
        "翠藓堆蓝，白云浮玉，光摇片片烟霞。虚窗静室，滑凳板生花。乳窟龙珠倚挂，萦回满地奇葩。",
        "几树青松常带雨，浑然相个人家。",
        "看罢多时，跳过桥中间，左右观看。",
    ];
    assert_eq!(classical_verse_lines(&couplet), [false, true, true, false]);
    let prose = [couplet[0], couplet[1], "众人一齐都到殿内，黑暗暗不见一物。"];
    assert_eq!(classical_verse_lines(&prose), [false, true, false]);
}

#[test]
fn words_announcing_a_poem_are_a_paragraph_not_a_salutation() {
    assert_eq!(
        blocks("诗曰：\n混沌未分天地乱，茫茫渺渺无人见。\n"),
        expect(&[("paragraph", "诗曰："), ("verse", "混沌未分")])
    );
    assert!(introduces_verse("昔日吕侗宾有首牧童诗道得好："));
    assert!(!introduces_verse("各省、自治区、直辖市人民政府："));
    assert!(!crate::structure::shapes::is_salutation("诗曰："));
}

#[test]
fn three_couplet_lines_in_a_row_are_verse_whatever_their_metre() {
    let lines = [
        "朝发轫于苍梧兮，夕余至乎县圃；",
        "欲少留此灵琐兮，日忽忽其将暮。",
        "路漫漫其修远兮，吾将上下而求索。",
        "屈原《离骚》。",
    ];
    assert_eq!(classical_verse_lines(&lines), [true, true, true, false]);
    // Two are not enough: the 7+6 line is prose on its own (the 7+7 one is verse by its
    // metre); particles of speech make prose of any number.
    assert_eq!(classical_verse_lines(&lines[1..]), [false, true, false]);
    let prose = [
        "众人一齐都到殿内，黑暗暗不见一物。",
        "他们两人吃了早饭，一同走出门来。",
        "我们一同走出店门，便在门口分别了。",
    ];
    assert_eq!(classical_verse_lines(&prose), [false; 3]);
}
