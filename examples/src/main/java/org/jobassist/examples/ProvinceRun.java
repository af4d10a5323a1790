package org.jobassist.examples;

/** The README's main job. Placeholder until the foundation types land. */
public final class ProvinceRun {
    private ProvinceRun() {}

    /**
     * Runs the job.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("jobassist province run");
    }
}
