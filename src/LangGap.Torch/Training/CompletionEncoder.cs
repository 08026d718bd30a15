using LangGap.Models.ChatTemplates;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Training.Data;

namespace LangGap.Torch.Training;

/// <summary>Turns training records into prompt and completion token ids for one model.</summary>
/// <remarks>Conversational prompts are rendered with the model's chat template (which ends with the assistant header) and a
/// conversational completion is followed by the template's end-of-turn marker; a plain-text prompt is tokenized as it is
/// and a plain completion is followed by the model's end-of-sequence token, as TRL does. Prompts longer than
/// <see cref="MaxPromptTokens"/> keep their last tokens; completions keep their first <see cref="MaxCompletionTokens"/>.</remarks>
public sealed class CompletionEncoder
{
    private readonly HfTokenizer _tokenizer;
    private readonly int? _eos;

    /// <summary>Encodes for <paramref name="model"/>.</summary>
    public CompletionEncoder(PretrainedModel model, int maxPromptTokens = 256, int maxCompletionTokens = 256)
    {
        ArgumentNullException.ThrowIfNull(model);
        _tokenizer = model.RequireTokenizer();
        Template = ChatTemplateSelector.For(model);
        _eos = model.EosTokenIds.Count > 0 ? model.EosTokenIds[0] : null;
        MaxPromptTokens = maxPromptTokens;
        MaxCompletionTokens = maxCompletionTokens;
    }

    /// <summary>The chat format used for conversational records.</summary>
    public IChatTemplate Template { get; }

    /// <summary>Longest prompt kept (its last tokens).</summary>
    public int MaxPromptTokens { get; }

    /// <summary>Longest completion kept (its first tokens).</summary>
    public int MaxCompletionTokens { get; }

    /// <summary>The prompt's token ids.</summary>
    public int[] Prompt(TrainingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var ids = _tokenizer.Encode(record.Conversational ? Template.Render(record.Prompt) : record.Prompt[0].Text);
        if (ids.Length == 0)
        {
            throw new InvalidInputException($"{record.Source}: the prompt is empty.");
        }
        return ids.Length > MaxPromptTokens ? ids[^MaxPromptTokens..] : ids;
    }

    /// <summary>The token ids of <paramref name="completion"/> as an answer to <paramref name="record"/>'s prompt.</summary>
    public int[] Completion(TrainingRecord record, string completion)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(completion);
        int[] ids;
        if (record.Conversational)
        {
            ids = _tokenizer.Encode(completion.Trim().ReplaceLineEndings(" ") + (Template.StopSequences.Count > 0 ? Template.StopSequences[0] : ""));
        }
        else
        {
            ids = _eos is { } eos ? [.. _tokenizer.Encode(completion), eos] : _tokenizer.Encode(completion);
        }
        return ids.Length > MaxCompletionTokens ? ids[..MaxCompletionTokens] : ids;
    }

    /// <summary>Sampling options that end a completion where the template ends the assistant's turn.</summary>
    public IReadOnlyList<string> StopStrings(TrainingRecord record) => record.Conversational ? Template.StopSequences : [];
}
