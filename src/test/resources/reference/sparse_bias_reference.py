import numpy as np, math, sys
from scipy.optimize import linprog, minimize
M=(1<<64)-1
class SM:
    def __init__(s,seed): s.s=seed&M
    def next(s):
        s.s=(s.s+0x9e3779b97f4a7c15)&M; z=s.s
        z=((z^(z>>30))*0xbf58476d1ce4e5b9)&M; z=((z^(z>>27))*0x94d049bb133111eb)&M
        return z^(z>>31)
    def u(s): return (s.next()>>11)*2.0**-53
    def normal(s):
        u1=s.u(); u2=s.u(); return math.sqrt(-2*math.log(1-u1))*math.cos(2*math.pi*u2)
    def perm(s,n):
        a=list(range(n))
        for i in range(n-1,0,-1):
            j=int(s.u()*(i+1)); a[i],a[j]=a[j],a[i]
        return a
def data(seed,n=20,d=100,k=3,noise=0.0):
    r=SM(seed)
    X=np.array([[r.normal() for j in range(d)] for i in range(n)])
    p=r.perm(d); w=np.zeros(d)
    for i in p[:k]: w[i]= -1.0 if r.u()<0.5 else 1.0
    y=X@w+np.array([noise*r.normal() for i in range(n)])
    return X,y,w
def l1(X,y):
    n,d=X.shape
    res=linprog(np.ones(2*d),A_eq=np.hstack([X,-X]),b_eq=y,bounds=(0,None),method='highs')
    return res.x[:d]-res.x[d:]
def l2(X,y): return X.T@np.linalg.solve(X@X.T,y)
def gd(X,y,alpha,eta,steps):
    n,d=X.shape; u=np.full(d,alpha); v=np.full(d,alpha)
    for t in range(steps):
        w=u*u-v*v; g=X.T@(X@w-y)/n
        u,v=u-eta*2*u*g, v+eta*2*v*g
        if not np.all(np.isfinite(u)): return None,t
    w=u*u-v*v
    return w,steps
def hyp(X,y,alpha):
    # dual: w = alpha^2 * 2 sinh(X^T mu ... ) per Woodworth: w(inf)=alpha^2 * 2 sinh(-4 X^T nu) form; solve Q minimiser via dual
    # q'(z)=arcsinh(z/2); gradient of Q_alpha at w: arcsinh(w/(2 a^2)). KKT: arcsinh(w/(2a^2)) = X^T lam -> w = 2a^2 sinh(X^T lam)
    a2=alpha**2
    f=lambda lam: (2*a2*np.sum(np.cosh(X.T@lam)) - lam@y)
    gr=lambda lam: X@(2*a2*np.sinh(X.T@lam)) - y
    hs=lambda lam: X@np.diag(2*a2*np.cosh(X.T@lam))@X.T
    lam=np.zeros(X.shape[0])
    for it in range(200):
        g=gr(lam); H=hs(lam); step=np.linalg.solve(H,g); t=1.0
        while f(lam-t*step)>f(lam)-0.25*t*g@step and t>1e-12: t/=2
        lam=lam-t*step
        if np.linalg.norm(g)<1e-13: break
    return 2*a2*np.sinh(X.T@lam)

if __name__ == '__main__':
    # Numbers embedded in SparseRegressionProblemTest, MinimumNormInterpolatorsTest and DiagonalNetworkTest.
    X, y, w = data(0)
    print('support', list(np.nonzero(w)[0]), 'signs', list(w[np.nonzero(w)]))
    print('X[0][0] %.17g X[19][99] %.17g y[0] %.17g y[19] %.17g' % (X[0, 0], X[19, 99], y[0], y[19]))
    w2 = l2(X, y)
    print('w2[0..4]', ['%.17g' % v for v in w2[:5]], 'l1(w2) %.17g' % np.abs(w2).sum())
    w1 = l1(X, y)
    print('w1 equals truth within', np.abs(w1 - w).max())
    for a in (0.01, 0.1, 1.0):
        wh = hyp(X, y, a)
        print('alpha', a, 'limit[0..2]', ['%.17g' % v for v in wh[:3]], 'l1 %.17g' % np.abs(wh).sum())
    n = 20
    u = np.full(100, 0.1); v = np.full(100, 0.1)
    for t in range(100):
        ww = u * u - v * v; g = X.T @ (X @ ww - y) / n
        u, v = u - 0.02 * 2 * u * g, v + 0.02 * 2 * v * g
    ww = u * u - v * v
    print('gd alpha 0.1 eta 0.02 after 100 steps w[0..2]', ['%.17g' % v for v in ww[:3]],
          'loss %.17g' % (0.5 * np.sum((X @ ww - y) ** 2) / n))
    Xn, yn, wn = data(7, n=10, d=30, k=2, noise=0.1)
    print('seed 7 n 10 d 30 k 2 noise 0.1: support', list(np.nonzero(wn)[0]), 'y[9] %.17g' % yn[9])
