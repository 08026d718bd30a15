using System.Text;
using LangGap.Identification.FastText;

namespace LangGap.Tests.Identification;

public class FastTextModelTests
{
    [Theory]
    [InlineData("sq.ftz")]
    [InlineData("lid.176.ftz")]
    public void Predict_QuantizedInputDecodedOrNot_SameScores(string model)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reference", "fasttext", "tiny", model);
        var bytes = File.ReadAllBytes(File.Exists(path) ? path : Path.Combine(LangGap.Tests.ReferenceData.RepositoryRoot, "assets/models/lid.176.ftz"));
        var decoded = FastTextModel.Read(bytes, model, decodeInput: true);
        var quantized = FastTextModel.Read(bytes, model, decodeInput: false);
        var a = new PredictionScratch(decoded.Args.Dim, decoded.Dictionary.LabelCount);
        var b = new PredictionScratch(quantized.Args.Dim, quantized.Dictionary.LabelCount);

        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Reference", "fasttext", "sentences.txt")))
        {
            var utf8 = Encoding.UTF8.GetBytes(line);
            decoded.Predict(utf8, 3, 0f, a);
            quantized.Predict(utf8, 3, 0f, b);

            Assert.Equal(a.Heap.Count, b.Heap.Count);
            for (var i = 0; i < a.Heap.Count; i++)
            {
                Assert.Equal(a.Heap[i], b.Heap[i]);
            }
        }
    }
}
