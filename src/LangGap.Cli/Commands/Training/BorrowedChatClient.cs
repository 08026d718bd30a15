using Microsoft.Extensions.AI;

namespace LangGap.Cli.Commands.Training;

/// <summary>Passes calls to a chat client that someone else owns; disposing it leaves that client open.</summary>
internal sealed class BorrowedChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    protected override void Dispose(bool disposing)
    {
    }
}
