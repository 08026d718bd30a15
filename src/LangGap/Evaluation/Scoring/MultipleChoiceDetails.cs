namespace LangGap.Evaluation.Scoring;

/// <summary>What a multiple-choice scorer compared.</summary>
/// <param name="Chosen">The index of the option the model ranked first.</param>
/// <param name="Gold">The index of the correct option.</param>
/// <param name="Values">Each option's ranking value: summed log-probability, divided by its length when normalised.</param>
public sealed record MultipleChoiceDetails(int Chosen, int Gold, IReadOnlyList<double> Values) : ScoreDetails;
