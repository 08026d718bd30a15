namespace LangGap.Evaluation.Aggregation;

/// <summary>The key of one aggregation group; <paramref name="Metadata"/> joins the group-by values with a unit separator.</summary>
internal readonly record struct GroupKey(string Task, string Scorer, string Model, string Language, string Metadata)
{
    /// <summary>The key of the same measure and language for another model (paired tests).</summary>
    public GroupKey ForModel(string model) => this with { Model = model };
}
