namespace LangGap.Identification.FastText;

/// <summary>The training arguments stored in a fastText model header (the ones prediction depends on).</summary>
/// <param name="Dim">Vector size.</param>
/// <param name="WordNgrams">Longest word n-gram.</param>
/// <param name="Loss">Output layer.</param>
/// <param name="Model">fastText's model kind: 1 cbow, 2 skipgram, 3 supervised.</param>
/// <param name="Bucket">Number of hash buckets for n-grams.</param>
/// <param name="MinN">Shortest character n-gram.</param>
/// <param name="MaxN">Longest character n-gram (0: none).</param>
internal sealed record FastTextArgs(int Dim, int WordNgrams, FastTextLoss Loss, int Model, int Bucket, int MinN, int MaxN)
{
    public const int Supervised = 3;

    /// <summary>Reads the 13 fields fastText's <c>Args::save</c> writes, in its order.</summary>
    public static FastTextArgs Read(ref ModelReader reader, int version)
    {
        var dim = reader.ReadInt32("the argument dim");
        reader.ReadInt32("the argument ws");
        reader.ReadInt32("the argument epoch");
        reader.ReadInt32("the argument minCount");
        reader.ReadInt32("the argument neg");
        var wordNgrams = reader.ReadInt32("the argument wordNgrams");
        var loss = reader.ReadInt32("the argument loss");
        var model = reader.ReadInt32("the argument model");
        var bucket = reader.ReadInt32("the argument bucket");
        var minn = reader.ReadInt32("the argument minn");
        var maxn = reader.ReadInt32("the argument maxn");
        reader.ReadInt32("the argument lrUpdateRate");
        reader.ReadDouble("the argument t");
        if (dim <= 0 || dim > 1 << 16)
        {
            throw reader.Corrupt($"the vector size is {dim}");
        }
        if (loss is < 1 or > 4)
        {
            throw reader.Corrupt($"the loss code is {loss}, expected 1 to 4");
        }
        if (bucket < 0)
        {
            throw reader.Corrupt($"the bucket count is {bucket}");
        }
        // fastText 0.9.2 does the same: supervised models of format 11 were trained without character n-grams.
        if (version == 11 && model == Supervised)
        {
            maxn = 0;
        }
        return new FastTextArgs(dim, wordNgrams, (FastTextLoss)loss, model, bucket, minn, maxn);
    }
}
