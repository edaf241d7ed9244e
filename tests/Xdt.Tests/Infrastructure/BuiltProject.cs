namespace Xdt.Tests.Infrastructure;

/// <summary>
/// Finds the build output of a service project next to this test assembly's build (same configuration and target
/// framework). The test project references every service, so building the tests builds them.
/// </summary>
public static class BuiltProject
{
    public static string DllPath(string projectName)
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent?.Name ?? "Debug";
        var dll = Path.Combine(RepositoryRoot.Path, "src", projectName, "bin", configuration, framework, projectName + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is not built.", dll);
    }
}
