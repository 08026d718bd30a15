using LangGap.Cli;

return await LangGapApp.RunAsync(args, CliConsole.System, CommandCatalog.Create, CancellationToken.None);
