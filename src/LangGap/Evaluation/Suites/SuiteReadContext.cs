namespace LangGap.Evaluation.Suites;

/// <summary>What reading a suite's tasks needs beyond the file: the data folder for <c>{data}</c> paths and the suite's languages.</summary>
/// <param name="DataDirectory">The folder <c>{data}</c> stands for, or <see langword="null"/> when none was given.</param>
/// <param name="Languages">The suite's declared language codes.</param>
internal sealed record SuiteReadContext(string? DataDirectory, IReadOnlyList<string> Languages);
