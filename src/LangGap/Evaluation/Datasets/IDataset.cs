namespace LangGap.Evaluation.Datasets;

/// <summary>A source of samples: a file in a known format, a Hugging Face dataset, or samples built in code.</summary>
public interface IDataset
{
    /// <summary>A short description for run metadata and reports (format and location; never a credential).</summary>
    string Description { get; }

    /// <summary>Loads every sample, in a stable order.</summary>
    /// <exception cref="InvalidInputException">The data is missing or malformed; the message names the file and line.</exception>
    Task<IReadOnlyList<Sample>> LoadAsync(CancellationToken cancellationToken);
}
