namespace LangGap.Evaluation.Datasets;

/// <summary>The formats <see cref="DatasetSpec"/> reads.</summary>
public enum DatasetFormat
{
    /// <summary>One JSON object per line, mapped with <see cref="FieldMapping"/>.</summary>
    Jsonl,

    /// <summary>Comma-separated values with a header row (RFC 4180 quoting), mapped with <see cref="FieldMapping"/>.</summary>
    Csv,

    /// <summary>Tab-separated values with a header row (no quoting), mapped with <see cref="FieldMapping"/>.</summary>
    Tsv,

    /// <summary>A Parquet file, mapped with <see cref="FieldMapping"/>.</summary>
    Parquet,

    /// <summary>The Parquet files of a Hugging Face Hub dataset split, downloaded and cached, mapped with <see cref="FieldMapping"/>.</summary>
    HuggingFace,

    /// <summary>MGSM: a TSV file without header, <c>question</c> and <c>answer</c> columns, one language per file.</summary>
    Mgsm,

    /// <summary>FLORES-style aligned text files, one per language (<c>eng_Latn.devtest</c>), translating a source into each target.</summary>
    Flores,

    /// <summary>Aya red-teaming JSONL: <c>prompt</c>, <c>language</c>, <c>harm_category</c>, <c>global_or_local</c>.</summary>
    AyaRedTeaming,

    /// <summary>Instruction/response JSONL: <c>instruction</c> (or <c>prompt</c>), <c>response</c> as the reference, optional <c>language</c>.</summary>
    InstructionResponse,
}
