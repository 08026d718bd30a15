using LangGap.Metrics;

namespace LangGap.Tests.Metrics;

public class MetricOptionsTests
{
    [Fact]
    public void BleuOptions_Defaults_AreSacrebleuCorpusDefaults()
    {
        var options = new BleuOptions();

        Assert.Equal(4, options.MaxNgramOrder);
        Assert.Equal(BleuSmoothing.Exp, options.Smoothing);
        Assert.False(options.EffectiveOrder);
        Assert.False(options.Lowercase);
        Assert.Equal("13a", options.Tokenize);
        Assert.True(BleuOptions.SentenceDefaults.EffectiveOrder);
    }

    [Fact]
    public void BleuOptions_SeveralProblems_ReportedTogether()
    {
        var options = new BleuOptions { MaxNgramOrder = 0, SmoothValue = -1, Tokenize = "moses" };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("MaxNgramOrder", error.Message);
        Assert.Contains("SmoothValue", error.Message);
        Assert.Contains("moses", error.Message);
    }

    [Theory]
    [InlineData(BleuSmoothing.Floor, null, "smooth:floor[0.10]")]
    [InlineData(BleuSmoothing.AddK, null, "smooth:add-k[1.00]")]
    [InlineData(BleuSmoothing.AddK, 0.5, "smooth:add-k[0.50]")]
    [InlineData(BleuSmoothing.None, null, "smooth:none")]
    [InlineData(BleuSmoothing.Exp, 0.3, "smooth:exp")]
    public void BleuSignature_Smoothing_WrittenAsSacrebleu(BleuSmoothing smoothing, double? value, string expected)
    {
        var metric = new BleuMetric(new BleuOptions { Smoothing = smoothing, SmoothValue = value });

        Assert.Contains($"|{expected}|", metric.Signature(1));
    }

    [Fact]
    public void BleuMetric_InvalidOptions_ThrowsAtConstruction()
    {
        Assert.Throws<ArgumentException>(() => new BleuMetric(new BleuOptions { MaxNgramOrder = -2 }));
    }

    [Fact]
    public void ChrFOptions_SeveralProblems_ReportedTogether()
    {
        var options = new ChrFOptions { CharOrder = -1, WordOrder = -1, Beta = -3 };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("CharOrder", error.Message);
        Assert.Contains("WordOrder", error.Message);
        Assert.Contains("Beta", error.Message);
    }

    [Theory]
    [InlineData(2, 0, "chrF2")]
    [InlineData(2, 2, "chrF2++")]
    [InlineData(1, 1, "chrF1+")]
    public void ChrFMetric_Name_FollowsBetaAndWordOrder(int beta, int wordOrder, string expected)
    {
        Assert.Equal(expected, new ChrFMetric(new ChrFOptions { Beta = beta, WordOrder = wordOrder }).Name);
    }

    [Fact]
    public void ChrFSignature_EpsSmoothing_SaysEffNo()
    {
        var signature = new ChrFMetric(new ChrFOptions { EpsSmoothing = true }).Signature(2);

        Assert.Equal($"nrefs:2|case:mixed|eff:no|nc:6|nw:0|space:no|version:{LangGapVersion.Current}", signature);
    }

    [Fact]
    public void TerSignature_Defaults_AsSacrebleu()
    {
        Assert.Equal($"nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:{LangGapVersion.Current}", new TerMetric().Signature(1));
    }

    [Theory]
    [InlineData("bleu", "BLEU")]
    [InlineData("CHRF", "chrF2")]
    [InlineData("ter", "TER")]
    public void Factory_KnownName_CreatesMetric(string name, string expected)
    {
        Assert.Equal(expected, CorpusMetricFactory.Create(name).Name);
    }

    [Fact]
    public void Factory_Settings_ReachTheMetric()
    {
        var settings = new MetricSettings { Tokenize = "intl", Lowercase = true, ChrFWordOrder = 2 };

        var bleu = (BleuMetric)CorpusMetricFactory.Create("bleu", settings);
        var chrf = (ChrFMetric)CorpusMetricFactory.Create("chrf", settings);

        Assert.Equal("intl", bleu.Options.Tokenize);
        Assert.True(bleu.Options.Lowercase);
        Assert.Equal("chrF2++", chrf.Name);
        Assert.Contains("case:lc", chrf.Signature(1));
    }

    [Fact]
    public void Factory_UnknownName_Throws()
    {
        Assert.Throws<ArgumentException>(() => CorpusMetricFactory.Create("bleurt"));
    }

    [Fact]
    public void ComputeStatistics_ReferenceStreamTooShort_Throws()
    {
        var metric = new BleuMetric();

        Assert.Throws<ArgumentException>(() => metric.ComputeStatistics(["a", "b"], [["a"]]));
    }

    [Fact]
    public void ComputeStatistics_ManySegments_SameAsOneByOne()
    {
        // Large inputs run in parallel; rows must not depend on scheduling.
        var metric = new ChrFMetric(ChrFOptions.PlusPlus);
        var hyps = Enumerable.Range(0, 500).Select(i => $"segment {i} with words {i % 7} and {i % 3}.").ToList();
        var refs = Enumerable.Range(0, 500).Select(i => $"segment {i} has words {i % 5} and {i % 3}!").ToList();

        var all = metric.ComputeStatistics(hyps, [refs]);

        for (var i = 0; i < hyps.Count; i += 37)
        {
            var single = metric.ComputeStatistics([hyps[i]], [[refs[i]]]);
            Assert.Equal(single.Row(0).ToArray(), all.Row(i).ToArray());
        }
    }
}
