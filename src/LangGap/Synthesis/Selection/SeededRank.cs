using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using LangGap.Synthesis.Candidates;

namespace LangGap.Synthesis.Selection;

/// <summary>A seeded pseudo-random number for each candidate of a prompt: breaks ties and draws the random baseline.</summary>
/// <remarks>The number is the first 8 bytes of SHA-256 over seed, purpose, prompt id, model and sample index, so the same
/// seed gives the same ties and baseline on every machine and in every order the candidates arrive.</remarks>
internal static class SeededRank
{
    public static ulong Of(long seed, string purpose, string sampleId, Candidate candidate)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}\u001f{purpose}\u001f{sampleId}\u001f{candidate.Model}\u001f{candidate.SampleIndex}"));
        return BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }
}
