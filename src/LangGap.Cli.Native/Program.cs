using LangGap.Cli;

// The natively compiled langgap for the commands of StandaloneCatalog (score, compare, significance, lid, languages).
return await LangGapApp.RunAsync(args, CliConsole.System, StandaloneCatalog.Create, CancellationToken.None);
