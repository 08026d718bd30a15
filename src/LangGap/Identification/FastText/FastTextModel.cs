using System.Buffers.Binary;

namespace LangGap.Identification.FastText;

/// <summary>A supervised fastText model (<c>.bin</c> or quantized <c>.ftz</c>) that predicts labels exactly as fastText 0.9.2.</summary>
internal sealed class FastTextModel
{
    public const int Magic = 793712314;
    public const int MaxVersion = 12;

    // Quantized input matrices up to this many values are decoded to floats at load time (faster, same sums).
    private const long DecodeLimit = 1L << 25;

    private readonly RowMatrix _input;
    private readonly RowMatrix _output;
    private readonly HierarchicalSoftmax? _tree;

    private FastTextModel(int version, FastTextArgs args, FastTextDictionary dictionary, bool quantized, RowMatrix input, RowMatrix output)
    {
        Version = version;
        Args = args;
        Dictionary = dictionary;
        IsQuantized = quantized;
        _input = input;
        _output = output;
        Labels = Enumerable.Range(0, dictionary.LabelCount).Select(dictionary.Label).ToArray();
        if (args.Loss == FastTextLoss.HierarchicalSoftmax)
        {
            _tree = new HierarchicalSoftmax(dictionary.LabelCounts);
        }
    }

    public int Version { get; }

    public FastTextArgs Args { get; }

    public FastTextDictionary Dictionary { get; }

    public bool IsQuantized { get; }

    /// <summary>The labels as stored (with the <c>__label__</c> prefix), by class index.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Parses a whole model file; <paramref name="name"/> names it in error messages.</summary>
    /// <exception cref="InvalidInputException">The bytes are not a complete fastText classifier this reader supports.</exception>
    public static FastTextModel Read(ReadOnlySpan<byte> bytes, string name) => Read(bytes, name, decodeInput: true);

    /// <summary>Parses a model; <paramref name="decodeInput"/> false keeps a quantized input matrix quantized (tests compare both).</summary>
    internal static FastTextModel Read(ReadOnlySpan<byte> bytes, string name, bool decodeInput)
    {
        if (bytes.Length < 4 || BinaryPrimitives.ReadInt32LittleEndian(bytes) != Magic)
        {
            throw new InvalidInputException($"'{name}' is not a fastText model: it does not start with fastText's magic number {Magic}.");
        }
        var reader = new ModelReader(bytes, name);
        reader.ReadInt32("the magic number");
        var version = reader.ReadInt32("the format version");
        if (version > MaxVersion)
        {
            throw new InvalidInputException($"'{name}' uses fastText format version {version}; LangGap reads versions up to {MaxVersion} (fastText 0.9.2).");
        }
        var args = FastTextArgs.Read(ref reader, version);
        if (args.Model != FastTextArgs.Supervised)
        {
            throw new InvalidInputException($"'{name}' is a fastText word-vector model (model kind {args.Model}), not a classifier; language identification needs a supervised model.");
        }
        var dictionary = FastTextDictionary.Read(ref reader, args);
        var quantized = reader.ReadBool("the input quantization flag");
        RowMatrix input = quantized ? QuantizedMatrix.Read(ref reader, "input matrix") : DenseMatrix.Read(ref reader, "input matrix");
        if (!quantized && dictionary.IsPruned)
        {
            throw reader.Corrupt("a dense model has a pruned dictionary (an outdated file; see fastText issue #332)");
        }
        var quantizedOutput = reader.ReadBool("the output quantization flag");
        RowMatrix output = quantized && quantizedOutput
            ? QuantizedMatrix.Read(ref reader, "output matrix")
            : DenseMatrix.Read(ref reader, "output matrix");
        Validate(ref reader, args, dictionary, input, output);
        if (decodeInput && input is QuantizedMatrix q && q.Rows * q.Columns <= DecodeLimit)
        {
            input = q.Decode();
        }
        return new FastTextModel(version, args, dictionary, quantized, input, output);
    }

    private static void Validate(ref ModelReader reader, FastTextArgs args, FastTextDictionary dictionary, RowMatrix input, RowMatrix output)
    {
        if (input.Columns != args.Dim || output.Columns != args.Dim)
        {
            throw reader.Corrupt($"the matrices have {input.Columns} and {output.Columns} columns but the vector size is {args.Dim}");
        }
        if (output.Rows < dictionary.LabelCount)
        {
            throw reader.Corrupt($"the output matrix has {output.Rows} rows for {dictionary.LabelCount} labels");
        }
        if (input.Rows < dictionary.WordCount || (!dictionary.IsPruned && input.Rows < (long)dictionary.WordCount + args.Bucket))
        {
            throw reader.Corrupt($"the input matrix has {input.Rows} rows, fewer than the {dictionary.WordCount} words and their n-gram buckets");
        }
        if (dictionary.LabelCount == 0)
        {
            throw reader.Corrupt("the model has no labels");
        }
    }

    /// <summary>
    /// Predicts the best <paramref name="k"/> labels of one line of UTF-8 text (as if it ended with a newline) and
    /// leaves them in <c>scratch.Heap</c>, best first, as (log-probability, class index) pairs;
    /// <paramref name="endOfLine"/> false reads it as a last line without a newline, as fastText does.
    /// </summary>
    public void Predict(ReadOnlySpan<byte> line, int k, float threshold, PredictionScratch scratch, bool endOfLine = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var heap = scratch.Heap;
        heap.Clear();
        scratch.Rows.Clear();
        Dictionary.AddLine(line, scratch.Rows, scratch.WordHashes, ref scratch.Word, endOfLine);
        var rows = scratch.Rows.Span;
        if (rows.IsEmpty)
        {
            return;
        }
        var hidden = scratch.Hidden.AsSpan();
        hidden.Clear();
        foreach (var row in rows)
        {
            ValidateRow(row);
            _input.AddRowTo(hidden, row);
        }
        var scale = (float)(1.0 / rows.Length);
        for (var j = 0; j < hidden.Length; j++)
        {
            hidden[j] *= scale;
        }
        if (_tree is not null)
        {
            _tree.Predict(_output, hidden, k, threshold, heap);
        }
        else
        {
            ComputeOutput(hidden, scratch.Output);
            FindBest(scratch.Output, k, threshold, heap);
        }
        heap.SortDescending();
    }

    private void ValidateRow(int row)
    {
        if ((uint)row >= (ulong)_input.Rows)
        {
            throw new InvalidInputException($"the fastText model maps an n-gram to input row {row}, beyond its {_input.Rows} rows.");
        }
    }

    private void ComputeOutput(ReadOnlySpan<float> hidden, Span<float> output)
    {
        for (var i = 0; i < output.Length; i++)
        {
            output[i] = _output.Dot(hidden, i);
        }
        if (Args.Loss == FastTextLoss.Softmax)
        {
            var max = output[0];
            foreach (var value in output)
            {
                max = max < value ? value : max;
            }
            var z = 0f;
            for (var i = 0; i < output.Length; i++)
            {
                // fastText calls the double-precision exp here.
                output[i] = (float)Math.Exp(output[i] - max);
                z += output[i];
            }
            for (var i = 0; i < output.Length; i++)
            {
                output[i] /= z;
            }
        }
        else
        {
            for (var i = 0; i < output.Length; i++)
            {
                output[i] = Probability.TableSigmoid(output[i]);
            }
        }
    }

    private static void FindBest(ReadOnlySpan<float> output, int k, float threshold, LabelHeap heap)
    {
        for (var i = 0; i < output.Length; i++)
        {
            if (output[i] < threshold)
            {
                continue;
            }
            var score = Probability.StdLog(output[i]);
            if (heap.Count == k && score < heap.Front)
            {
                continue;
            }
            heap.Push(score, i, k);
        }
    }
}
