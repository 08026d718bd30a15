using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>Marks a library's GLIBCXX_3.4.32 version requirement weak when the system libstdc++ lacks that version.</summary>
/// <remarks>TorchSharp's libLibTorchSharp.so is built with GCC 13 and so asks for GLIBCXX_3.4.32, whose only symbol is the
/// marker _ZSt21ios_base_library_initv (never called). Older systems (Debian 12: GCC 12, GLIBCXX_3.4.30) then refuse to
/// load the library. Setting VER_FLG_WEAK on that one requirement in .gnu.version_r makes the dynamic loader accept its
/// absence. The file's timestamps are kept so MSBuild's incremental copy does not overwrite the patched file.
/// Compiled by MSBuild's RoslynCodeTaskFactory (see LangGap.Torch.Native.targets).</remarks>
public sealed class WeakenGlibcxxRequirement : Task
{
    private const string Version = "GLIBCXX_3.4.32";
    private const uint ShtGnuVerneed = 0x6FFFFFFE;
    private const ushort VerFlgWeak = 0x2;

    [Required]
    public ITaskItem[] Libraries { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string SystemLibrary { get; set; } = "";

    public override bool Execute()
    {
        if (SystemHasVersion())
        {
            return true;
        }
        foreach (var item in Libraries)
        {
            var path = item.GetMetadata("FullPath");
            try
            {
                if (Weaken(path) > 0)
                {
                    Log.LogMessage(MessageImportance.High, "weaken-glibcxx: marked " + Version + " weak in " + path);
                }
            }
            catch (InvalidDataException e)
            {
                Log.LogError(path + ": " + e.Message);
            }
        }
        return !Log.HasLoggedErrors;
    }

    private bool SystemHasVersion()
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(SystemLibrary);
        }
        catch (IOException)
        {
            return true; // no system libstdc++ to compare with: leave the library alone
        }
        return IndexOf(data, Encoding.ASCII.GetBytes(Version + "\0"), 0) >= 0;
    }

    private static int Weaken(string path)
    {
        var data = File.ReadAllBytes(path);
        if (data.Length < 64 || data[0] != 0x7F || data[1] != (byte)'E' || data[2] != (byte)'L' || data[3] != (byte)'F' || data[4] != 2 || data[5] != 1)
        {
            throw new InvalidDataException("not a little-endian 64-bit ELF file");
        }
        var shoff = (long)BitConverter.ToUInt64(data, 0x28);
        int shentsize = BitConverter.ToUInt16(data, 0x3A), shnum = BitConverter.ToUInt16(data, 0x3C);
        var wanted = Encoding.ASCII.GetBytes(Version);
        var changed = 0;
        for (var i = 0; i < shnum; i++)
        {
            // Elf64_Shdr: name(4) type(4) flags(8) addr(8) offset(8) size(8) link(4) info(4) addralign(8) entsize(8)
            var header = (int)(shoff + (long)i * shentsize);
            if (BitConverter.ToUInt32(data, header + 4) != ShtGnuVerneed)
            {
                continue;
            }
            var offset = (int)BitConverter.ToUInt64(data, header + 24);
            var link = (int)BitConverter.ToUInt32(data, header + 40);
            var count = (int)BitConverter.ToUInt32(data, header + 44);
            var strtab = (int)BitConverter.ToUInt64(data, (int)(shoff + (long)link * shentsize) + 24);
            var need = offset;
            for (var n = 0; n < count; n++)
            {
                // Elf64_Verneed: version(2) cnt(2) file(4) aux(4) next(4)
                int auxCount = BitConverter.ToUInt16(data, need + 2);
                var aux = need + (int)BitConverter.ToUInt32(data, need + 8);
                for (var a = 0; a < auxCount; a++)
                {
                    // Elf64_Vernaux: hash(4) flags(2) other(2) name(4) next(4)
                    var flags = BitConverter.ToUInt16(data, aux + 4);
                    var name = strtab + (int)BitConverter.ToUInt32(data, aux + 8);
                    if (NameIs(data, name, wanted) && (flags & VerFlgWeak) == 0)
                    {
                        var patched = BitConverter.GetBytes((ushort)(flags | VerFlgWeak));
                        data[aux + 4] = patched[0];
                        data[aux + 5] = patched[1];
                        changed++;
                    }
                    aux += (int)BitConverter.ToUInt32(data, aux + 12);
                }
                need += (int)BitConverter.ToUInt32(data, need + 12);
            }
        }
        if (changed > 0)
        {
            var written = File.GetLastWriteTimeUtc(path);
            var accessed = File.GetLastAccessTimeUtc(path);
            File.WriteAllBytes(path, data);
            File.SetLastWriteTimeUtc(path, written);
            File.SetLastAccessTimeUtc(path, accessed);
        }
        return changed;
    }

    private static bool NameIs(byte[] data, int start, byte[] wanted)
    {
        if (start + wanted.Length >= data.Length || data[start + wanted.Length] != 0)
        {
            return false;
        }
        for (var i = 0; i < wanted.Length; i++)
        {
            if (data[start + i] != wanted[i])
            {
                return false;
            }
        }
        return true;
    }

    private static int IndexOf(byte[] data, byte[] pattern, int from)
    {
        for (var i = from; i <= data.Length - pattern.Length; i++)
        {
            var j = 0;
            while (j < pattern.Length && data[i + j] == pattern[j])
            {
                j++;
            }
            if (j == pattern.Length)
            {
                return i;
            }
        }
        return -1;
    }
}
