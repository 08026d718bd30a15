using LangGap.Torch.Gguf;

namespace LangGap.Torch.Tests.Gguf;

[Collection(TorchCollection.Name)]
public sealed class GgufRotaryPermutationTests
{
    [Fact]
    public void Permute_TwoHeadsOfFour_InterleavesEachHeadsHalves()
    {
        // Rows 0..7 = two heads of four channels; each head's halves (0,1 | 2,3) become pairs (0,2), (1,3).
        using var weight = arange(8, dtype: ScalarType.Float32).unsqueeze(1).expand(8, 3).contiguous();   // (8, 3), row r holds r

        using var permuted = GgufRotaryPermutation.Permute(weight, heads: 2);

        Assert.Equal([8L, 3L], permuted.shape);
        Assert.Equal([0f, 2f, 1f, 3f, 4f, 6f, 5f, 7f], permuted.select(1, 2).data<float>().ToArray());
        Assert.Equal([0, 3, 1, 4, 2, 5], GgufRotaryPermutation.SourceRows(6));
    }

    [Fact]
    public void Permute_Bias_UsesTheSameRowOrder()
    {
        using var bias = tensor(new float[] { 10, 11, 12, 13, 14, 15 });   // one head of six

        using var permuted = GgufRotaryPermutation.Permute(bias, heads: 1);

        Assert.Equal([10f, 13f, 11f, 14f, 12f, 15f], permuted.data<float>().ToArray());
    }

    [Fact]
    public void Permute_MakesInterleavedRotaryEqualToRotateHalf()
    {
        // q·k after rotate-half RoPE on the original rows = after neighbour-pair RoPE on the permuted rows.
        const int d = 8;
        var generator = new Random(5);
        var q = Enumerable.Range(0, d).Select(_ => generator.NextDouble() - 0.5).ToArray();
        var k = Enumerable.Range(0, d).Select(_ => generator.NextDouble() - 0.5).ToArray();
        double[] RotateHalf(double[] x, int position) => Enumerable.Range(0, d).Select(c =>
        {
            var i = c % (d / 2);
            var angle = position * Math.Pow(10000, -2.0 * i / d);
            return c < d / 2 ? x[c] * Math.Cos(angle) - x[c + d / 2] * Math.Sin(angle) : x[c] * Math.Cos(angle) + x[c - d / 2] * Math.Sin(angle);
        }).ToArray();
        double[] Neighbours(double[] x, int position) => Enumerable.Range(0, d).Select(c =>
        {
            var i = c / 2;
            var angle = position * Math.Pow(10000, -2.0 * i / d);
            return c % 2 == 0 ? x[c] * Math.Cos(angle) - x[c + 1] * Math.Sin(angle) : x[c] * Math.Cos(angle) + x[c - 1] * Math.Sin(angle);
        }).ToArray();
        double[] Permuted(double[] x)
        {
            using var t = tensor(x);
            using var p = GgufRotaryPermutation.Permute(t, 1);
            return p.data<double>().ToArray();
        }
        static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

        var hf = Dot(RotateHalf(q, 7), RotateHalf(k, 3));
        var llama = Dot(Neighbours(Permuted(q), 7), Neighbours(Permuted(k), 3));

        Assert.Equal(hf, llama, 12);
        Assert.NotEqual(hf, Dot(Neighbours(q, 7), Neighbours(k, 3)), 6);   // without the permutation the scores differ
    }
}
