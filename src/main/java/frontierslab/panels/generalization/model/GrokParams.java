package frontierslab.panels.generalization.model;

import frontierslab.math.grok.FourierSolution;
import frontierslab.math.grok.GrokSetup;
import frontierslab.math.grok.GrokSetup.Activation;
import frontierslab.math.grok.GrokSetup.Init;
import frontierslab.math.grok.GrokSetup.Loss;
import frontierslab.math.grok.GrokSetup.Optimizer;
import frontierslab.sim.ParamSpace;
import frontierslab.sim.ParamSpec.Choice;
import frontierslab.sim.ParamSpec.Flag;
import frontierslab.sim.ParamSpec.Real;
import frontierslab.sim.ParamSpec.Whole;

/**
 * The controls of {@code grok-modadd}. P, the training fraction, the width, the activation, the loss, the optimizer, the
 * initialization and the seed are structural (a change starts a new run); lr, weight decay, the scheduled switch of
 * weight decay, the horizon, the measuring cadence, the step axis and the clock's frequency change live.
 *
 * @param switchAt at this step weight decay becomes {@code decayAfter} (0: never), so a preset can change it mid-run
 */
public record GrokParams(int modulus, double trainFraction, int width, Activation activation, Loss loss,
                         Optimizer optimizer, Init init, int seed, double lr, double weightDecay, int switchAt,
                         double decayAfter, int steps, int every, boolean logSteps, int clockFrequency)
        implements frontierslab.sim.LiveExperiment.Live<GrokParams> {

    public static final Whole MODULUS = new Whole("modulus", "P", "the task is (a + b) mod P on all P² pairs", 5, 97, 47);
    public static final Real TRAIN_FRACTION = Real.linear("trainFraction", "training fraction",
            "share of the P² pairs used for training (the rest is the test set)", 0.05, 0.95, 0.3);
    public static final Whole WIDTH = new Whole("width", "width", "hidden units N", 8, 512, 256);
    public static final Choice<Activation> ACTIVATION = new Choice<>("activation", "activation",
            "z = h² (quadratic) or max(0, h)", Activation.class, Activation.QUADRATIC);
    public static final Choice<Loss> LOSS = new Choice<>("loss", "loss",
            "MSE on one-hot targets or cross-entropy", Loss.class, Loss.MSE);
    public static final Choice<Optimizer> OPTIMIZER = new Choice<>("optimizer", "optimizer",
            "AdamW (decoupled decay), Adam (decay through the gradient) or GD", Optimizer.class, Optimizer.ADAMW);
    public static final Choice<Init> INIT = new Choice<>("init", "initialization",
            "random, or the hand-built Fourier solution (quadratic activation only)", Init.class, Init.RANDOM);
    public static final Whole SEED = new Whole("seed", "seed", "seed of the split and the weights (SplitMix64)", 0,
            1_000_000, 1);
    public static final Real LR = Real.log("lr", "lr", "learning rate; changes mid-run without a reset", 1e-4, 10, 3e-3);
    public static final Real WEIGHT_DECAY = Real.linear("weightDecay", "weight decay",
            "wd on every parameter (up to the switch step, if one is set); changes mid-run",
            0, 5, 1);
    public static final Whole SWITCH_AT = new Whole("switchAt", "switch decay at step",
            "at this step weight decay becomes the value below (0: never)", 0, 200_000, 0);
    public static final Real DECAY_AFTER = Real.linear("decayAfter", "decay after switch",
            "weight decay from the switch step on", 0, 5, 1);
    public static final Whole STEPS = new Whole("steps", "steps", "horizon: the run stops after this many steps", 10,
            200_000, 12_000);
    public static final Whole EVERY = new Whole("every", "measure every",
            "test accuracy and the Fourier measures every this many steps (denser early on)", 1, 500, 25);
    public static final Flag LOG_STEPS = new Flag("logSteps", "log step axis", "steps on a log axis (off: linear)",
            true);
    public static final Whole CLOCK_FREQUENCY = new Whole("clockFrequency", "clock frequency",
            "frequency of the clock drawing (0: the most common top frequency)", 0, 48, 0);

    public static final ParamSpace<GrokParams> SPACE = ParamSpace.of(GrokParams.class, MODULUS, TRAIN_FRACTION, WIDTH,
            ACTIVATION, LOSS, OPTIMIZER, INIT, SEED, LR, WEIGHT_DECAY, SWITCH_AT, DECAY_AFTER, STEPS, EVERY, LOG_STEPS,
            CLOCK_FREQUENCY);

    public GrokParams {
        MODULUS.check(modulus);
        TRAIN_FRACTION.check(trainFraction);
        WIDTH.check(width);
        ACTIVATION.check(activation);
        LOSS.check(loss);
        OPTIMIZER.check(optimizer);
        INIT.check(init);
        SEED.check(seed);
        LR.check(lr);
        WEIGHT_DECAY.check(weightDecay);
        SWITCH_AT.check(switchAt);
        DECAY_AFTER.check(decayAfter);
        STEPS.check(steps);
        EVERY.check(every);
        CLOCK_FREQUENCY.check(clockFrequency);
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
