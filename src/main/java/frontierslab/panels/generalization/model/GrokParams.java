package frontierslab.panels.generalization.model;

import frontierslab.math.grok.FourierSolution;
import frontierslab.math.grok.GrokSetup;
import frontierslab.math.grok.GrokSetup.Activation;
import frontierslab.math.grok.GrokSetup.Init;
import frontierslab.math.grok.GrokSetup.Loss;
import frontierslab.math.grok.GrokSetup.Optimizer;
import frontierslab.sim.Param;
import frontierslab.sim.ParamSpace;

/**
 * The controls of {@code grok-modadd}. P, the training fraction, the width, the activation, the loss, the optimizer, the
 * initialization and the seed are structural (a change starts a new run); lr, weight decay, the scheduled switch of
 * weight decay, the horizon, the measuring cadence, the step axis and the clock's frequency change live.
 *
 * @param switchAt at this step weight decay becomes {@code decayAfter} (0: never), so a preset can change it mid-run
 */
public record GrokParams(
        @Param.Whole(label = "P", min = 5, max = 97, byDefault = 47, help = "the task is (a + b) mod P on all P² pairs")
        int modulus,
        @Param.Linear(label = "training fraction", min = 0.05, max = 0.95, byDefault = 0.3,
                help = "share of the P² pairs used for training (the rest is the test set)")
        double trainFraction,
        @Param.Whole(min = 8, max = 512, byDefault = 256, help = "hidden units N")
        int width,
        @Param.Choice(byDefault = "QUADRATIC", help = "z = h² (quadratic) or max(0, h)")
        Activation activation,
        @Param.Choice(byDefault = "MSE", help = "MSE on one-hot targets or cross-entropy")
        Loss loss,
        @Param.Choice(byDefault = "ADAMW", help = "AdamW (decoupled decay), Adam (decay through the gradient) or GD")
        Optimizer optimizer,
        @Param.Choice(label = "initialization", byDefault = "RANDOM",
                help = "random, or the hand-built Fourier solution (quadratic activation only)")
        Init init,
        @Param.Whole(min = 0, max = 1_000_000, byDefault = 1, help = "seed of the split and the weights (SplitMix64)")
        int seed,
        @Param.Log(min = 1e-4, max = 10, byDefault = 3e-3, help = "learning rate; changes mid-run without a reset")
        double lr,
        @Param.Linear(label = "weight decay", min = 0, max = 5, byDefault = 1,
                help = "wd on every parameter (up to the switch step, if one is set); changes mid-run")
        double weightDecay,
        @Param.Whole(label = "switch decay at step", min = 0, max = 200_000, byDefault = 0,
                help = "at this step weight decay becomes the value below (0: never)")
        int switchAt,
        @Param.Linear(label = "decay after switch", min = 0, max = 5, byDefault = 1,
                help = "weight decay from the switch step on")
        double decayAfter,
        @Param.Whole(min = 10, max = 200_000, byDefault = 12_000, help = "horizon: the run stops after this many steps")
        int steps,
        @Param.Whole(label = "measure every", min = 1, max = 500, byDefault = 25,
                help = "test accuracy and the Fourier measures every this many steps (denser early on)")
        int every,
        @Param.Flag(label = "log step axis", byDefault = true, help = "steps on a log axis (off: linear)")
        boolean logSteps,
        @Param.Whole(label = "clock frequency", min = 0, max = 48, byDefault = 0,
                help = "frequency of the clock drawing (0: the most common top frequency)")
        int clockFrequency)
        implements frontierslab.sim.LiveExperiment.Live<GrokParams> {

    public static final ParamSpace<GrokParams> SPACE = ParamSpace.of(GrokParams.class);

    public GrokParams {
        if (init == Init.FOURIER && activation != Activation.QUADRATIC) {
            throw new IllegalArgumentException("init = FOURIER needs activation = QUADRATIC: the hand-built solution "
                    + "is a sum of squares");
        }
        if (init == Init.FOURIER && width < FourierSolution.UNITS_PER_FREQUENCY) {
            throw new IllegalArgumentException("init = FOURIER needs width ≥ " + FourierSolution.UNITS_PER_FREQUENCY
                    + " (seven units per frequency)");
        }
        if (clockFrequency > (modulus - 1) / 2) {
            throw new IllegalArgumentException("clockFrequency = " + clockFrequency + " is out of range: allowed 0 … "
                    + (modulus - 1) / 2 + " for P = " + modulus);
        }
    }

    /** The structural part. */
    public GrokSetup setup() {
        return new GrokSetup(modulus, trainFraction, width, activation, loss, optimizer, init, seed);
    }

    /** The weight decay in force for step t (1-based). */
    public double decayAt(int step) {
        return switchAt > 0 && step > switchAt ? decayAfter : weightDecay;
    }

    /** Whether going from {@code this} to {@code next} needs a new run. */
    public boolean structurallyDifferent(GrokParams next) {
        return !setup().equals(next.setup());
    }

    public GrokParams withDecay(double wd, int at, double after) {
        return new GrokParams(modulus, trainFraction, width, activation, loss, optimizer, init, seed, lr, wd, at,
                after, steps, every, logSteps, clockFrequency);
    }
}
