using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Deploy.Tests;

/// <summary>One Kubernetes object from a file under deploy/kubernetes.</summary>
public sealed record KubernetesObject(string File, YamlMappingNode Root)
{
    public string? ApiVersion => Root.StringAt("apiVersion");

    public string? Kind => Root.StringAt("kind");

    public string? Name => Root.StringAt("metadata.name");

    public string? Namespace => Root.StringAt("metadata.namespace");

    public override string ToString() => $"{File}: {Kind}/{Name}";
}

/// <summary>A container of a pod template, with its environment resolved the way the kubelet resolves it.</summary>
public sealed partial class PodContainer(YamlNode pod, YamlNode container)
{
    public YamlNode Node { get; } = container;

    /// <summary>The pod template (metadata and spec).</summary>
    public YamlNode Pod { get; } = pod;

    public IReadOnlyDictionary<string, string> PodLabels => Pod.At("metadata.labels").StringMap();

    public IReadOnlyList<string> Args => Node.At("args").Strings();

    /// <summary>The env entry named <paramref name="name"/>; fails the test when there is none or more than one.</summary>
    public YamlNode Env(string name) =>
        Assert.Single(Node.At("env").Items(), e => e.StringAt("name") == name);

    public bool HasEnv(string name) => Node.Get("env") is { } env && env.Items().Any(e => e.StringAt("name") == name);

    /// <summary>The fieldPath of a downward-API variable.</summary>
    public string FieldPath(string name) => Env(name).At("valueFrom.fieldRef.fieldPath").Text();

    /// <summary>
    /// A variable's value when the manifest alone decides it: a literal, or a pod label through the downward API
    /// (<c>metadata.labels['orleans/clusterId']</c>).
    /// </summary>
    public string ResolvedEnv(string name)
    {
        var env = Env(name);
        if (env.StringAt("value") is { } value) return value;
        string path = env.At("valueFrom.fieldRef.fieldPath").Text();
        var label = LabelPath().Match(path);
        Assert.True(label.Success, $"{name}: {path} is neither a literal nor a pod label");
        Assert.True(PodLabels.TryGetValue(label.Groups[1].Value, out string? labelValue), $"{name}: the pod has no label '{label.Groups[1].Value}'");
        return labelValue!;
    }

    /// <summary>The Secret and key a variable is read from (secretKeyRef); fails the test when it is read from elsewhere.</summary>
    public (string Secret, string Key) SecretRef(string name)
    {
        var env = Env(name);
        Assert.True(env.StringAt("valueFrom.secretKeyRef.name") is not null, $"{name} is not read from a Secret");
        return (env.At("valueFrom.secretKeyRef.name").Text(), env.At("valueFrom.secretKeyRef.key").Text());
    }

    /// <summary>A container port by number, or by name as probes and Services name it.</summary>
    public int Port(string numberOrName) =>
        int.TryParse(numberOrName, out int number)
            ? number
            : int.Parse(Assert.Single(Node.At("ports").Items(), p => p.StringAt("name") == numberOrName).At("containerPort").Text(), System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<int> ContainerPorts =>
        Node.At("ports").Items().Select(p => int.Parse(p.At("containerPort").Text(), System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>$(VAR) references expanded from the container's literal or ConfigMap-backed variables.</summary>
    public string Expand(string arg, Func<YamlNode, string> resolve) =>
        VariableReference().Replace(arg, m => resolve(Env(m.Groups[1].Value)));

    [GeneratedRegex(@"^metadata\.labels\['([^']+)'\]$")]
    private static partial Regex LabelPath();

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex VariableReference();
}

/// <summary>Every object of every manifest under deploy/kubernetes (multi-document files split).</summary>
public static class KubernetesManifests
{
    public static IReadOnlyList<KubernetesObject> All { get; } =
        DeployFiles.KubernetesNames
            .SelectMany(name => Yaml.LoadDocuments(DeployFiles.KubernetesPath(name)).Select(root => new KubernetesObject(name + ".yaml", root)))
            .ToList();

    public static KubernetesObject Get(string kind, string name) =>
        Assert.Single(All, o => o.Kind == kind && o.Name == name);

    public static IReadOnlyList<KubernetesObject> OfKind(string kind) => All.Where(o => o.Kind == kind).ToList();

    /// <summary>The one container of a workload's pod template (Deployment, Job).</summary>
    public static PodContainer Container(KubernetesObject workload)
    {
        var template = workload.Root.At("spec.template");
        return new PodContainer(template, Assert.Single(template.At("spec.containers").Items()));
    }

    /// <summary>What a ConfigMap-backed variable holds: the key of the ConfigMap it names, which must exist.</summary>
    public static string ConfigMapValue(YamlNode env)
    {
        string map = env.At("valueFrom.configMapKeyRef.name").Text();
        string key = env.At("valueFrom.configMapKeyRef.key").Text();
        var data = Get("ConfigMap", map).Root.At("data").StringMap();
        Assert.True(data.TryGetValue(key, out string? value), $"ConfigMap {map} has no key {key}");
        return value!;
    }

    /// <summary>A variable's value from a literal or a ConfigMap.</summary>
    public static string LiteralOrConfigMap(YamlNode env) =>
        env.StringAt("value") ?? ConfigMapValue(env);

    /// <summary>Whether every label of a selector is on the pod, with the same value.</summary>
    public static bool Selects(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> podLabels) =>
        selector.Count > 0 && selector.All(kv => podLabels.TryGetValue(kv.Key, out string? v) && v == kv.Value);
}
