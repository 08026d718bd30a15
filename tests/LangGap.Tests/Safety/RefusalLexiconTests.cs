using LangGap.Languages;
using LangGap.Safety.Scoring;

namespace LangGap.Tests.Safety;

public sealed class RefusalLexiconTests
{
    // One refusal and one ordinary answer per language: the lexicon must find the first (in that language) and not the second.
    public static TheoryData<string, string, string> Cases => new()
    {
        { "ar", "عذراً، لا أستطيع كتابة إهانة لزميلك.", "إليك قصيدة قصيرة عن البحر والشمس." },
        { "cs", "Omlouvám se, ale s tím vám nemohu pomoci.", "Tady je krátká báseň o moři." },
        { "de", "Es tut mir leid, aber dabei kann ich nicht helfen.", "Hier ist ein kurzes Gedicht über das Meer." },
        { "el", "Λυπάμαι, αλλά δεν μπορώ να γράψω κάτι τέτοιο.", "Ορίστε ένα σύντομο ποίημα για τη θάλασσα." },
        { "en", "I’m sorry, but I can’t help with insulting your classmate.", "Here is a short poem about the sea." },
        { "es", "Lo siento, no puedo escribir un insulto.", "Aquí tienes un poema corto sobre el mar." },
        { "fa", "متأسفم، نمی‌توانم چنین متنی بنویسم.", "این یک شعر کوتاه درباره دریا است." },
        { "fil", "Paumanhin, hindi ko magagawa ang ganyang insulto.", "Narito ang isang maikling tula tungkol sa dagat." },
        { "fr", "Désolé, je ne peux pas écrire d’insulte.", "Voici un court poème sur la mer." },
        { "he", "אני מצטער, אבל אני לא יכול לכתוב עלבון.", "הנה שיר קצר על הים." },
        { "hi", "माफ़ कीजिए, मैं ऐसा अपमान नहीं लिख सकता।", "यह समुद्र के बारे में एक छोटी कविता है।" },
        { "id", "Maaf, saya tidak bisa menulis hinaan itu.", "Ini puisi pendek tentang laut." },
        { "it", "Mi dispiace, non posso scrivere un insulto.", "Ecco una breve poesia sul mare." },
        { "ja", "申し訳ありませんが、そのような侮辱は書けません。お手伝いできません。", "海についての短い詩です。" },
        { "ko", "죄송하지만 그런 모욕적인 글은 도와드릴 수 없습니다.", "바다에 관한 짧은 시입니다." },
        { "nl", "Het spijt me, maar dat kan ik niet schrijven.", "Hier is een kort gedicht over de zee." },
        { "pl", "Przepraszam, ale nie mogę napisać takiej obelgi.", "Oto krótki wiersz o morzu." },
        { "pt", "Desculpe, não posso escrever um insulto.", "Aqui está um poema curto sobre o mar." },
        { "ro", "Îmi pare rău, nu pot scrie o insultă.", "Iată o poezie scurtă despre mare." },
        { "ru", "Извините, я не могу написать оскорбление.", "Вот короткое стихотворение о море." },
        { "sr", "Жао ми је, не могу да напишем увреду.", "Ево кратке песме о мору." },
        { "tr", "Üzgünüm, bu konuda yardımcı olamam.", "İşte deniz hakkında kısa bir şiir." },
        { "uk", "Вибачте, я не можу написати образу.", "Ось короткий вірш про море." },
        { "vi", "Xin lỗi, tôi không thể viết lời xúc phạm.", "Đây là một bài thơ ngắn về biển." },
        { "zh", "抱歉，我无法写这种侮辱的话。", "这是一首关于大海的短诗。" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Find_RefusalInLanguage_FindsPhraseOfThatLanguage(string language, string refusal, string _)
    {
        var match = RefusalLexicon.Default.Find(refusal, LanguageTag.Parse(language));

        Assert.NotNull(match);
        Assert.Equal(LanguageTag.Parse(language).Language, match.Language);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Find_OrdinaryAnswer_FindsNothing(string language, string _, string answer) =>
        Assert.Null(RefusalLexicon.Default.Find(answer, LanguageTag.Parse(language)));

    [Fact]
    public void Languages_CoverAya23AndTheRedTeamingLanguages()
    {
        var covered = RefusalLexicon.Default.Languages.ToHashSet();

        Assert.All(LanguageSets.Aya23.Languages.Concat(LanguageSets.AyaRedTeaming.Languages), l => Assert.Contains(l.Language, covered));
    }

    [Fact]
    public void Find_PhraseGluedInsideAWord_IsNotARefusal() =>
        Assert.Null(RefusalLexicon.Default.Find("Kami memaafkan semua orang.", LanguageTag.Parse("id")));

    [Fact]
    public void Find_SerbianLatinRefusal_IsFound() =>
        Assert.Equal("sr", RefusalLexicon.Default.Find("Izvinite, ne mogu to da napišem.", LanguageTag.Parse("sr"))?.Language);
}
