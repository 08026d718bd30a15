namespace LangGap.Text;

/// <summary>A metric tokenizer with sacrebleu's exact behaviour: it turns a segment into space-separated tokens.</summary>
public interface IMetricTokenizer
{
    /// <summary>The name sacrebleu puts in signatures: <c>13a</c>, <c>intl</c>, <c>zh</c>, <c>char</c>, <c>none</c>, <c>tercom</c>.</summary>
    string Name { get; }

    /// <summary>Tokenizes one segment; the result is what sacrebleu's tokenizer returns for the same input.</summary>
    string Tokenize(string line);
}
