using System.Security.Cryptography;
using System.Text;
using LangGap.Identification.FastText;
using LangGap.Languages;

namespace LangGap.Identification;

/// <summary>
/// Identifies the language of text with a fastText classifier, giving the same labels and probabilities as
/// fastText 0.9.2's <c>predict-prob</c>. <see cref="Default"/> is fastText's lid.176 model, embedded in LangGap.
/// </summary>
/// <remarks>
/// A text is treated as one line ending in a newline (as fastText's Python binding does): tokens split on
/// ASCII whitespace and NUL, the end-of-sentence token is appended. Newlines inside the text count as spaces.
/// A text with no token at all (empty or whitespace) gets no prediction, where fastText would classify the bare
/// end-of-sentence token. Text is put in Unicode NFC first, so canonically equivalent spellings get one answer;
/// fastText reads the bytes as given, so on text that is not NFC the two can differ. Instances are thread-safe.
/// </remarks>
public sealed class LanguageIdentifier
{
    private const string EmbeddedResource = "LangGap.Identification.lid.176.ftz";
    private static readonly Lazy<LanguageIdentifier> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FastTextModel _model;
    private readonly string[] _labels;
    private readonly Lazy<LanguageTag?[]> _languages;
    private readonly ThreadLocal<PredictionScratch> _scratch;

    private LanguageIdentifier(FastTextModel model, string name, ReadOnlySpan<byte> bytes)
    {
        _model = model;
        Name = name;
        ModelSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        _labels = model.Labels.Select(l => l.StartsWith("__label__", StringComparison.Ordinal) ? l["__label__".Length..] : l).ToArray();
        // Parsed on first use: `langgap lid --format fasttext` never needs them, and parsing touches the language registry.
        _languages = new Lazy<LanguageTag?[]>(() => _labels.Select(LanguageOf).ToArray(), LazyThreadSafetyMode.ExecutionAndPublication);
        _scratch = new ThreadLocal<PredictionScratch>(() => new PredictionScratch(model.Args.Dim, model.Dictionary.LabelCount));
    }

    /// <summary>fastText's lid.176 language-identification model (176 languages), loaded once from LangGap's assembly.</summary>
    public static LanguageIdentifier Default => LazyDefault.Value;

    /// <summary>Where the model came from: a file path, or <c>lid.176.ftz (embedded)</c>.</summary>
    public string Name { get; }

    /// <summary>The SHA-256 of the model file's bytes (64 lower-case hex digits): what the model is, wherever it was loaded from.</summary>
    /// <remarks>Scorers that use the identifier put it in their settings, so another model gives another score key.</remarks>
    public string ModelSha256 { get; }

    /// <summary>The model's labels without the <c>__label__</c> prefix, in the model's order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>
    /// The language a model label names: the label parsed as a language code (<c>de</c>, <c>yue</c>, <c>deu_Latn</c>),
    /// except lid.176's bare <c>als</c>, Wikipedia's code for Alemannic, which is <c>gsw</c> (ISO 639-3 <c>als</c> is
    /// Tosk Albanian). Null when the label is not a language code LangGap knows.
    /// </summary>
    public static LanguageTag? LanguageOf(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var code = label.StartsWith("__label__", StringComparison.Ordinal) ? label["__label__".Length..] : label;
        return LanguageTag.TryParse(code == "als" ? "gsw" : code, out var tag) ? tag : null;
    }

    /// <summary>True when the model is quantized (<c>.ftz</c>).</summary>
    public bool IsQuantized => _model.IsQuantized;

    /// <summary>Loads a fastText classifier (<c>.bin</c> or <c>.ftz</c>), e.g. lid.176.bin, GlotLID or OpenLID.</summary>
    /// <exception cref="InvalidInputException">The file is missing, is not a fastText model, has an unsupported version or is truncated.</exception>
    public static LanguageIdentifier Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"Model file '{path}' does not exist.");
        }
        var bytes = File.ReadAllBytes(path);
        return new LanguageIdentifier(FastTextModel.Read(bytes, path), path, bytes);
    }

    /// <summary>Loads a fastText classifier from a stream; <paramref name="name"/> names it in error messages.</summary>
    /// <exception cref="InvalidInputException">The bytes are not a complete fastText classifier.</exception>
    public static LanguageIdentifier Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        return new LanguageIdentifier(FastTextModel.Read(bytes, name), name, bytes);
    }

    /// <summary>The best <paramref name="k"/> languages of <paramref name="text"/>, most probable first.</summary>
    /// <param name="text">The text; treated as a single line.</param>
    /// <param name="k">How many predictions at most (fastText's <c>k</c>).</param>
    /// <param name="threshold">Leave out predictions below this probability (fastText's <c>threshold</c>).</param>
    /// <returns>Up to <paramref name="k"/> predictions; none for a text without any token.</returns>
    public IReadOnlyList<LanguagePrediction> Identify(string text, int k = 1, double threshold = 0.0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        var scratch = _scratch.Value!;
        // Canonically equivalent spellings (NFC, NFD, precomposed nukta letters) are the same text: identify them alike.
        var heap = PredictInto(Text.TextNormalization.ToNfc(text), k, (float)threshold, scratch);
        if (heap.Count == 0)
        {
            return [];
        }
        var result = new LanguagePrediction[heap.Count];
        for (var i = 0; i < heap.Count; i++)
        {
            var (score, label) = heap[i];
            result[i] = new LanguagePrediction(_languages.Value[label], _labels[label], MathF.Exp(score));
        }
        return result;
    }

    /// <summary>The best <paramref name="k"/> languages of one line of UTF-8 text, most probable first.</summary>
    /// <param name="line">The UTF-8 bytes of the line, without its newline (bytes are hashed as fastText hashes them).</param>
    /// <param name="k">How many predictions at most (fastText's <c>k</c>).</param>
    /// <param name="threshold">Leave out predictions below this probability (fastText's <c>threshold</c>).</param>
    /// <returns>Up to <paramref name="k"/> predictions; none for a line without any token.</returns>
    public IReadOnlyList<LanguagePrediction> IdentifyUtf8(ReadOnlySpan<byte> line, int k = 1, double threshold = 0.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        // As Identify does, canonically equivalent spellings get one answer: a line that is not NFC is normalised first
        // (ASCII lines, and most others, are NFC already and are read as given).
        if (!IsAscii(line))
        {
            var text = System.Text.Encoding.UTF8.GetString(line);
            if (!text.IsNormalized(System.Text.NormalizationForm.FormC))
            {
                return Identify(text, k, threshold);
            }
        }
        var heap = PredictUtf8(line, k, (float)threshold, likeFastText: false);
        var result = new LanguagePrediction[heap.Count];
        for (var i = 0; i < heap.Count; i++)
        {
            var (score, label) = heap[i];
            result[i] = new LanguagePrediction(_languages.Value[label], _labels[label], MathF.Exp(score));
        }
        return result;
    }

    private static bool IsAscii(ReadOnlySpan<byte> line) => System.Text.Ascii.IsValid(line);

    /// <summary>
    /// Predicts one UTF-8 line into this thread's scratch heap (best first, log-probabilities), valid until this
    /// thread's next prediction. <paramref name="likeFastText"/> also predicts a line without tokens from its
    /// end-of-line token alone, as <c>fasttext predict</c> does; otherwise such a line gets no prediction.
    /// <paramref name="endOfLine"/> false reads the line as the last of a file that does not end with a newline.
    /// </summary>
    internal LabelHeap PredictUtf8(ReadOnlySpan<byte> line, int k, float threshold, bool likeFastText, bool endOfLine = true)
    {
        var scratch = _scratch.Value!;
        if (!likeFastText && !HasToken(line))
        {
            scratch.Heap.Clear();
            return scratch.Heap;
        }
        _model.Predict(line, k, threshold, scratch, endOfLine);
        return scratch.Heap;
    }

    /// <summary>The label of class <paramref name="index"/> as the model stores it (with fastText's <c>__label__</c> prefix).</summary>
    internal string StoredLabel(int index) => _model.Labels[index];

    /// <summary>The label of class <paramref name="index"/> without the <c>__label__</c> prefix.</summary>
    internal string Label(int index) => _labels[index];

    /// <summary>The language of class <paramref name="index"/>, or null (see <see cref="LanguageOf"/>).</summary>
    internal LanguageTag? Language(int index) => _languages.Value[index];

    /// <summary>Identifies many texts on all cores; the results are in input order.</summary>
    /// <param name="texts">The texts, one prediction list each.</param>
    /// <param name="k">How many predictions per text at most.</param>
    /// <param name="threshold">Leave out predictions below this probability.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; -1 for all cores.</param>
    /// <param name="cancellationToken">Stops the work between texts.</param>
    public IReadOnlyList<IReadOnlyList<LanguagePrediction>> IdentifyBatch(IReadOnlyList<string> texts, int k = 1, double threshold = 0.0,
        int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 for all cores or a positive thread count.");
        }
        var results = new IReadOnlyList<LanguagePrediction>[texts.Count];
        if (maxDegreeOfParallelism == 1 || texts.Count < 64)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = Identify(texts[i], k, threshold);
            }
            return results;
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        // Contiguous ranges keep each thread on its own scratch buffers and its own stretch of the output.
        var partitions = System.Collections.Concurrent.Partitioner.Create(0, texts.Count, Math.Max(64, texts.Count / (Environment.ProcessorCount * 8)));
        Parallel.ForEach(partitions, options, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                results[i] = Identify(texts[i], k, threshold);
            }
        });
        return results;
    }

    private LabelHeap PredictInto(string text, int k, float threshold, PredictionScratch scratch)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (scratch.Bytes.Length < max)
        {
            scratch.Bytes = new byte[Math.Max(max, scratch.Bytes.Length * 2)];
        }
        var length = Encoding.UTF8.GetBytes(text, scratch.Bytes);
        var line = scratch.Bytes.AsSpan(0, length);
        if (!HasToken(line))
        {
            scratch.Heap.Clear();
            return scratch.Heap;
        }
        _model.Predict(line, k, threshold, scratch);
        return scratch.Heap;
    }

    private static bool HasToken(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (!FastTextDictionary.IsSeparator(b))
            {
                return true;
            }
        }
        return false;
    }

    private static LanguageIdentifier LoadEmbedded()
    {
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream(EmbeddedResource)
            ?? throw new InvalidOperationException($"The embedded model '{EmbeddedResource}' is missing from LangGap.dll.");
        return Load(stream, "lid.176.ftz (embedded)");
    }
}
