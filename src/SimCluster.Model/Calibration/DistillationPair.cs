namespace SimCluster.Model.Calibration;

/// <summary>A student trained on its teacher's outputs, with the capability it would have had without them.</summary>
/// <param name="Student">Student model.</param>
/// <param name="Teacher">Teacher model.</param>
/// <param name="StudentPretrainEci">K_pre of the student: a published base ECI, or the capability index at its C_eq.</param>
/// <param name="PretrainSource">Where <paramref name="StudentPretrainEci"/> comes from.</param>
/// <param name="TeacherEci">The teacher's published ECI.</param>
/// <param name="StudentEci">The student's published ECI.</param>
public sealed record DistillationPair(
    string Student, string Teacher, double StudentPretrainEci, string PretrainSource, double TeacherEci, double StudentEci)
{
    /// <summary>K_teacher − K_pre, the lead distillation can close.</summary>
    public double Lead => TeacherEci - StudentPretrainEci;

    /// <summary>K_student − K_pre, the gain observed.</summary>
    public double Gain => StudentEci - StudentPretrainEci;

    /// <summary>f·max(0, lead): the model's gain with the saturation term at 1.</summary>
    public double Predicted(double fraction) => fraction * Math.Max(0, Lead);

    /// <summary>Observed − predicted gain.</summary>
    public double Residual(double fraction) => Gain - Predicted(fraction);
}
