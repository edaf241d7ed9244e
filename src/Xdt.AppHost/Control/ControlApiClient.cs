using Xdt.HttpContract;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// Calls the key-protected control endpoints of Xdt services on behalf of dashboard commands, so a button in the
/// dashboard and an HTTP call by an operator (or a test) take the same path.
/// </summary>
internal static class ControlApiClient
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<ExecuteCommandResult> SendAsync(
        EndpointReference endpoint, HttpMethod method, string path, IResourceBuilder<ParameterResource> controlKey,
        CancellationToken cancellationToken, HttpContent? content = null)
    {
        try
        {
            var key = await controlKey.Resource.GetValueAsync(cancellationToken);
            using var request = new HttpRequestMessage(method, new Uri(new Uri(endpoint.Url), path)) { Content = content };
            request.Headers.Add(XdtHeaders.ControlKey, key);
            using var response = await Http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.IsSuccessStatusCode
                ? CommandResults.Success()
                : CommandResults.Failure($"{(int)response.StatusCode} {response.ReasonPhrase}: {body}");
        }
        catch (HttpRequestException ex)
        {
            return CommandResults.Failure(ex.Message);
        }
    }
}
