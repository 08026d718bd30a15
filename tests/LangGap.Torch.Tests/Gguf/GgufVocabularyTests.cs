using LangGap.Torch.Gguf;

namespace LangGap.Torch.Tests.Gguf;

public sealed class GgufVocabularyTests
{
    private static string Tokenizer(string name) => Path.Combine(HfTiny.Root, "tokenizers", name, "tokenizer.json");

    [Fact]
    public void ByteLevelBpe_TokensTypesMergesAndGpt2Splitting()
    {
        var vocabulary = GgufVocabulary.FromTokenizerJson(Tokenizer("bytelevel-bpe"), vocabSize: 610);

        Assert.Equal(610, vocabulary.Tokens.Count);
        Assert.Equal(339, vocabulary.Merges.Count);
        Assert.Equal("à ¤", vocabulary.Merges[0]);           // ["à", "¤"] in tokenizer.json
        Assert.Equal("gpt-2", vocabulary.PreTokenizer);     // ByteLevel with its own regex
        Assert.Equal("[PAD609]", vocabulary.Tokens[609]);
        Assert.Equal(GgufVocabulary.Unused, vocabulary.TokenTypes[609]);
        var eos = vocabulary.Tokens.ToList().IndexOf("<eos>");
        Assert.Equal(GgufVocabulary.Control, vocabulary.TokenTypes[eos]);
        Assert.Equal(GgufVocabulary.Normal, vocabulary.TokenTypes[vocabulary.Tokens.ToList().IndexOf("a")]);
    }

    [Fact]
    public void SplitPattern_OfLlama3_IsRecognised()
    {
        Assert.Equal("llama-bpe", GgufVocabulary.FromTokenizerJson(Tokenizer("split-bytelevel-bpe"), 600).PreTokenizer);
        Assert.Equal("qwen2", GgufVocabulary.FromTokenizerJson(Tokenizer("split-bytelevel-bpe"), 600, preTokenizer: "qwen2").PreTokenizer);
    }

    [Fact]
    public void SentencePieceStyle_AndTooSmallVocabulary_AreClearErrors()
    {
        Assert.Contains("SentencePiece-style", Assert.Throws<InvalidInputException>(
            () => GgufVocabulary.FromTokenizerJson(Tokenizer("metaspace-bpe-bytefallback"), 600)).Message);
        Assert.Contains("beyond the model's vocabulary of 100", Assert.Throws<InvalidInputException>(
            () => GgufVocabulary.FromTokenizerJson(Tokenizer("bytelevel-bpe"), 100)).Message);
    }
}
