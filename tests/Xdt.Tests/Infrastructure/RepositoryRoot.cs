namespace Xdt.Tests.Infrastructure;

/// <summary>The checkout the tests run from: the folder above the test assembly that holds Xdt.slnx.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A file of the checkout, by its path relative to the root; fails clearly when it is missing.</summary>
    public static string File(string relative)
    {
        var full = System.IO.Path.Combine(Path, relative);
        return System.IO.File.Exists(full) ? full : throw new FileNotFoundException($"{relative} not found in {Path}.", full);
    }

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Xdt.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Xdt.slnx above {AppContext.BaseDirectory}.");
    }
}
