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

    /// <summary>XCOPA (cambridgeltl/xcopa): <c>premise</c>, <c>choice1</c>, <c>choice2</c>, <c>question</c> (cause/effect), <c>label</c>; multiple choice.</summary>
    Xcopa,

    /// <summary>XStoryCloze: four story sentences and two endings (<c>input_sentence_1..4</c>, <c>sentence_quiz1/2</c>,
    /// <c>answer_right_ending</c>, or the original TSV's <c>InputSentence1..4</c>, <c>RandomFifthSentenceQuiz1/2</c>, <c>AnswerRightEnding</c>); multiple choice.</summary>
    XStoryCloze,

    /// <summary>XWinograd (Muennighoff/xwinograd): <c>sentence</c> with a <c>_</c> blank, <c>option1</c>, <c>option2</c>, <c>answer</c> (1/2); multiple choice over contexts.</summary>
    XWinograd,

    /// <summary>Global-MMLU (CohereLabs/Global-MMLU): <c>question</c>, <c>option_a..d</c>, <c>answer</c> letter; also OpenAI MMMLU's <c>Question</c>, <c>A..D</c>, <c>Answer</c>; multiple choice over the letters.</summary>
    GlobalMmlu,

    /// <summary>Any multiple-choice rows mapped with <see cref="FieldMapping.Choices"/> and <see cref="FieldMapping.Gold"/>.</summary>
    MultipleChoice,

    /// <summary>Instruction/response JSONL: <c>instruction</c> (or <c>prompt</c>), <c>response</c> as the reference, optional <c>language</c>.</summary>
    InstructionResponse,
}
