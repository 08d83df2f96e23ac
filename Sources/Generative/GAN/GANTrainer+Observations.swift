extension GANTrainer {
    /// Trains `steps` more steps and looks at the trainer along the way: `observe` sees it before
    /// the first step and after every `every` steps, and its results are returned in that order
    /// (steps / every + 1 of them, the last after step `steps`). For pictures of training, such as
    /// the generated samples for fixed noise every 25 steps. Looking draws no random numbers, so
    /// the training is the same, bit for bit, as `train(steps:)`.
    /// - Precondition: `every` ≥ 1 and divides `steps`.
    public mutating func train<Observation>(
        steps: Int, every: Int, observe: (GANTrainer) -> Observation
    ) -> [Observation] {
        precondition(every >= 1 && steps % every == 0, "the observations must divide the steps evenly")
        var observations = [observe(self)]
        observations.reserveCapacity(steps / every + 1)
        for _ in 0..<(steps / every) {
            train(steps: every)
            observations.append(observe(self))
        }
        return observations
    }
}
