using System.Runtime.InteropServices;

namespace SimCluster.Cli.Outputs;

/// <summary>
/// Puts a complete folder where an older one was in one step: on Linux, renameat2 with RENAME_EXCHANGE swaps the two
/// directory entries atomically, so a reader (or a crash) sees either the old folder or the new one, never a mix.
/// Where that call is missing, the old folder is renamed aside first and the gap is a single rename long.
/// </summary>
internal static class DirectorySwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Moves <paramref name="staged"/> to <paramref name="target"/>; an existing target ends up at <paramref name="staged"/>
    /// (returns true) for the caller to delete.</summary>
    public static bool Replace(string staged, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staged, target);
            return false;
        }
        if (OperatingSystem.IsLinux())
        {
            try
            {
                if (renameat2(AtFdCwd, staged, AtFdCwd, target, RenameExchange) == 0) return true;
            }
            catch (EntryPointNotFoundException) { } // an old C library: the two-step fallback below
        }
        string aside = staged + ".old";
        Directory.Move(target, aside);
        Directory.Move(staged, target);
        Directory.Move(aside, staged);
        return true;
    }

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
}
